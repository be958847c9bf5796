package id.latih.needs.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.events.LatihEvent;
import id.latih.events.NeedStatusChanged;
import id.latih.needs.application.NeedStore;
import id.latih.needs.domain.Need;
import id.latih.needs.domain.NeedStatus;
import id.latih.platform.outbox.AggregateWrites;
import id.latih.platform.outbox.PendingEvent;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.ScopeCriteria;
import id.latih.platform.security.Supervision;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoNeedStore implements NeedStore {

    private final MongoTemplate mongo;
    private final AggregateWrites writes;

    MongoNeedStore(MongoTemplate mongo, AggregateWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
        var indexes = mongo.indexOps(NeedDocument.COLLECTION);
        indexes.createIndex(new Index().on("agencyCode", Sort.Direction.ASC).on("nip", Sort.Direction.ASC)
                .named("agency_person"));
        indexes.createIndex(new Index().on("nip", Sort.Direction.ASC).on("competencyCode", Sort.Direction.ASC)
                .on("status", Sort.Direction.ASC).named("person_competency_status"));
    }

    @Override
    public List<Need> findOpen(String nip, String competencyCode) {
        return mongo.find(query(where("nip").is(nip).and("competencyCode").is(competencyCode).and("status")
                .in(NeedStatus.IDENTIFIED, NeedStatus.ADDRESSED)), NeedDocument.class).stream()
                .map(NeedDocument::toNeed).toList();
    }

    @Override
    public boolean addIfNew(Need need, LatihEvent identified) {
        return writes.insertNew(NeedDocument.of(need, PendingEvent.allOf(identified)));
    }

    @Override
    public Optional<Need> find(String id) {
        return Optional.ofNullable(mongo.findById(id, NeedDocument.class)).map(NeedDocument::toNeed);
    }

    @Override
    public boolean transition(Need read, NeedStatus to, NeedStatusChanged changed) {
        // A need stored before needs had versions has none; it reads as version 0.
        Criteria sameVersion = read.version() == 0 ? where("version").exists(false)
                : where("version").is(read.version());
        return writes.update(query(where("_id").is(read.id()).and("status").is(read.status()).andOperator(sameVersion)),
                new Update().set("status", to).set("version", changed.version()), NeedDocument.class,
                List.of(changed));
    }

    @Override
    public List<Need> findVisibleTo(AgencyScope scope, Supervision supervision) {
        return mongo.find(query(ScopeCriteria.visibleTo(scope, "nip", supervision)), NeedDocument.class).stream()
                .map(NeedDocument::toNeed).toList();
    }
}
