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
import id.latih.programs.application.BacklogPage;
import id.latih.programs.domain.BacklogNeed;
import id.latih.programs.domain.Demand;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
        mongo.indexOps(BacklogNeedDocument.COLLECTION).createIndex(new Index().on("agencyCode", Sort.Direction.ASC)
                .on("needStatus", Sort.Direction.ASC).on("cycleYear", Sort.Direction.ASC).named("unplanned"));
        // the backlog's pages: agency (or region prefix) then its order; employees' and supervisors' by NIP
        mongo.indexOps(BacklogNeedDocument.COLLECTION).createIndex(new Index().on("agencyCode", Sort.Direction.ASC)
                .on("competencyCode", Sort.Direction.ASC).on("_id", Sort.Direction.ASC).named("backlog_page"));
        mongo.indexOps(BacklogNeedDocument.COLLECTION).createIndex(new Index().on("nip", Sort.Direction.ASC)
                .named("backlog_nip"));
    }

    @Override
    public List<Demand> unplannedDemand(AgencyScope scope, Integer cycleYear) {
        Criteria unplanned = ScopeCriteria.visibleTo(scope).and("needStatus").is("IDENTIFIED").and("programId")
                .is(null);
        if (cycleYear != null) {
            unplanned = unplanned.and("cycleYear").is(cycleYear);
        }
        Aggregation grouped = Aggregation.newAggregation(Aggregation.match(unplanned),
                Aggregation.group("agencyCode", "competencyCode").addToSet("nip").as("nips").sum("staffAffected")
                        .as("staffOfAgencyNeeds").push("_id")
                        .as("needIds").sum("requiredLevel").as("required").sum("currentLevel").as("current")
                        .max("requiredLevel").as("highest").count().as("needs"));
        return mongo.aggregate(grouped, BacklogNeedDocument.COLLECTION, Document.class).getMappedResults().stream()
                .map(MongoBacklog::demand).toList();
    }

    private static Demand demand(Document group) {
        Document key = group.get("_id", Document.class);
        int needs = ((Number) group.get("needs")).intValue();
        double gap = (((Number) group.get("required")).doubleValue() - ((Number) group.get("current")).doubleValue())
                / needs;
        // one employee's needs count each NIP once; an AKPK need (no NIP) counts the staff it names
        long employees = group.getList("nips", String.class).stream().filter(Objects::nonNull).count();
        int staff = (int) employees + ((Number) group.getOrDefault("staffOfAgencyNeeds", 0)).intValue();
        return new Demand(key.getString("agencyCode"), key.getString("competencyCode"), staff, gap, ((Number) group.get("highest")).intValue(),
                group.getList("needIds", String.class));
    }

    @Override
    public void add(NeedIdentified need) {
        replicas.create(BacklogNeedDocument.COLLECTION, need.needId(), need.version(), new Update()
                .set("agencyCode", need.agencyCode()).set("nip", need.nip())
                .set("competencyCode", need.competencyCode()).set("currentLevel", need.currentLevel())
                .set("requiredLevel", need.requiredLevel()).set("cycleYear", need.cycleYear())
                .set("staffAffected", need.nip() == null ? Math.max(need.staffAffected(), 1) : 0)
                .set("priority", need.priority())
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
    public BacklogPage findVisibleTo(AgencyScope scope, Supervision supervision, BacklogPage.Filter filter,
                                     BacklogPage.Request page) {
        Criteria matching = ScopeCriteria.visibleTo(scope, "nip", supervision);
        List<Criteria> narrowed = new ArrayList<>();
        Optional.ofNullable(filter.competencyCode()).ifPresent(c -> narrowed.add(where("competencyCode").is(c)));
        Optional.ofNullable(filter.cycleYear()).ifPresent(y -> narrowed.add(where("cycleYear").is(y)));
        Optional.ofNullable(filter.needStatus()).ifPresent(s -> narrowed.add(where("needStatus").is(s)));
        if (filter.unplannedOnly()) {
            narrowed.add(where("programId").is(null));
        }
        Query all = narrowed.isEmpty() ? query(matching)
                : query(new Criteria().andOperator(matching, new Criteria().andOperator(narrowed)));
        long total = mongo.count(all, BacklogNeedDocument.class);
        List<BacklogNeed> needs = mongo.find(Query.of(all).with(Sort.by("competencyCode", "_id"))
                        .skip((long) page.page() * page.size()).limit(page.size()), BacklogNeedDocument.class)
                .stream().map(BacklogNeedDocument::toNeed).toList();
        return new BacklogPage(needs, total);
    }
}
