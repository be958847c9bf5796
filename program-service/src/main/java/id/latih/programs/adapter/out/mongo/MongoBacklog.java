package id.latih.programs.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.events.NeedIdentified;
import id.latih.events.NeedStatusChanged;
import id.latih.platform.messaging.AppliedEvents;
import id.latih.platform.messaging.ReplicaWrites;
import id.latih.platform.messaging.TargetNotYetCreatedException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.ScopeCriteria;
import id.latih.platform.security.Supervision;
import id.latih.programs.application.Backlog;
import id.latih.programs.domain.BacklogNeed;
import java.util.List;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoBacklog implements Backlog {

    private final MongoTemplate mongo;
    private final ReplicaWrites replicas;
    private final AppliedEvents applied;

    MongoBacklog(MongoTemplate mongo, ReplicaWrites replicas, AppliedEvents applied) {
        this.mongo = mongo;
        this.replicas = replicas;
        this.applied = applied;
    }

    @Override
    public void add(NeedIdentified need) {
        replicas.create(BacklogNeedDocument.COLLECTION, need.needId(), need.version(), new Update()
                .set("agencyCode", need.agencyCode()).set("nip", need.nip())
                .set("competencyCode", need.competencyCode()).set("currentLevel", need.currentLevel())
                .set("requiredLevel", need.requiredLevel()).set("cycleYear", need.cycleYear())
                .setOnInsert("needStatus", "IDENTIFIED"));
    }

    @Override
    public void changeStatus(NeedStatusChanged change) {
        replicas.change(BacklogNeedDocument.COLLECTION, change.needId(), change.version(),
                new Update().set("needStatus", change.toStatus()));
    }

    @Override
    public void plan(List<String> needIds, String programId, UUID eventId) {
        for (String needId : needIds) {
            if (!mongo.exists(query(where("_id").is(needId)), BacklogNeedDocument.class)) {
                throw new TargetNotYetCreatedException(BacklogNeedDocument.COLLECTION, needId);
            }
            applied.applyOnce(BacklogNeedDocument.COLLECTION, needId, eventId, new Update().set("programId", programId));
        }
    }

    @Override
    public List<BacklogNeed> find(List<String> needIds) {
        return mongo.find(query(where("_id").in(needIds)), BacklogNeedDocument.class).stream()
                .map(BacklogNeedDocument::toNeed).toList();
    }

    @Override
    public List<BacklogNeed> findVisibleTo(AgencyScope scope, Supervision supervision) {
        return mongo.find(query(ScopeCriteria.visibleTo(scope, "nip", supervision)), BacklogNeedDocument.class)
                .stream()
                .map(BacklogNeedDocument::toNeed).toList();
    }
}
