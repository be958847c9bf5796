package id.latih.needs.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.events.LatihEvent;
import id.latih.events.NeedStatusChanged;
import id.latih.needs.application.NeedFilter;
import id.latih.needs.application.NeedFilter.NeedOrder;
import id.latih.needs.application.NeedStore;
import id.latih.needs.application.ResultPage;
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
import org.springframework.data.mongodb.core.query.Query;
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
        indexes.createIndex(new Index().on("agencyCode", Sort.Direction.ASC).on("cycleYear", Sort.Direction.DESC)
                .on("competencyCode", Sort.Direction.ASC).on("_id", Sort.Direction.ASC).named("agency_newest_cycle"));
        indexes.createIndex(new Index().on("agencyCode", Sort.Direction.ASC).on("competencyCode", Sort.Direction.ASC)
                .on("cycleYear", Sort.Direction.DESC).on("_id", Sort.Direction.ASC).named("agency_competency"));
        indexes.createIndex(new Index().on("agencyCode", Sort.Direction.ASC).on("nip", Sort.Direction.ASC)
                .on("competencyCode", Sort.Direction.ASC).on("_id", Sort.Direction.ASC).named("agency_person"));
        indexes.createIndex(new Index().on("nip", Sort.Direction.ASC).on("competencyCode", Sort.Direction.ASC)
                .on("status", Sort.Direction.ASC).named("person_competency_status"));
        indexes.createIndex(new Index().on("nip", Sort.Direction.ASC).on("competencyCode", Sort.Direction.ASC)
                .on("cycleYear", Sort.Direction.DESC).on("_id", Sort.Direction.ASC).named("person_competency_latest"));
    }

    @Override
    public Optional<Need> findLatest(String nip, String competencyCode) {
        Query latest = query(where("nip").is(nip).and("competencyCode").is(competencyCode))
                .with(Sort.by(Sort.Direction.DESC, "cycleYear").and(Sort.by(Sort.Direction.ASC, "_id"))).limit(1);
        return Optional.ofNullable(mongo.findOne(latest, NeedDocument.class)).map(NeedDocument::toNeed);
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
    public List<Need> findOpenOf(String nip, String agencyCode) {
        // Served by agency_person (agencyCode, nip, ...).
        return mongo.find(query(where("agencyCode").is(agencyCode).and("nip").is(nip).and("status")
                .in(NeedStatus.IDENTIFIED, NeedStatus.ADDRESSED)), NeedDocument.class).stream()
                .map(NeedDocument::toNeed).toList();
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
    public ResultPage<Need> findVisibleTo(AgencyScope scope, Supervision supervision, NeedFilter filter,
                                          NeedOrder order, int page, int size) {
        Criteria criteria = ScopeCriteria.visibleTo(scope, "nip", supervision);
        if (filter.status() != null) {
            criteria = criteria.and("status").is(filter.status());
        }
        if (filter.competencyCode() != null) {
            criteria = criteria.and("competencyCode").is(filter.competencyCode());
        }
        if (filter.cycleYear() != null) {
            criteria = criteria.and("cycleYear").is(filter.cycleYear());
        }
        if (filter.nip() != null) {
            // A second condition on nip: the scope's own nip condition (employee, supervisor) still applies.
            criteria = new Criteria().andOperator(criteria, where("nip").is(filter.nip()));
        }
        Query query = query(criteria);
        long total = mongo.count(query, NeedDocument.class);
        query.with(sortOf(order)).skip((long) page * size).limit(size);
        return new ResultPage<>(mongo.find(query, NeedDocument.class).stream().map(NeedDocument::toNeed).toList(),
                page, size, total);
    }

    private static Sort sortOf(NeedOrder order) {
        Sort byId = Sort.by(Sort.Direction.ASC, "_id");
        return switch (order) {
            case NEWEST_CYCLE_FIRST -> Sort.by(Sort.Direction.DESC, "cycleYear")
                    .and(Sort.by(Sort.Direction.ASC, "competencyCode")).and(byId);
            case BY_COMPETENCY -> Sort.by(Sort.Direction.ASC, "competencyCode")
                    .and(Sort.by(Sort.Direction.DESC, "cycleYear")).and(byId);
            case BY_EMPLOYEE -> Sort.by(Sort.Direction.ASC, "nip").and(Sort.by(Sort.Direction.ASC, "competencyCode"))
                    .and(byId);
        };
    }
}
