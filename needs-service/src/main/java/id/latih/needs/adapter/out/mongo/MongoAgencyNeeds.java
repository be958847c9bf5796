package id.latih.needs.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.events.LatihEvent;
import id.latih.needs.application.AgencyNeedFilter;
import id.latih.needs.application.AgencyNeedSummary;
import id.latih.needs.application.AgencyNeeds;
import id.latih.needs.application.AkpkVisibility;
import id.latih.needs.application.ResultPage;
import id.latih.needs.domain.AgencyNeed;
import id.latih.needs.domain.NeedStatus;
import id.latih.needs.domain.StaffGap;
import id.latih.platform.outbox.AggregateWrites;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * AKPK needs in MongoDB. Proposals carry no events (plain upserts); every announcement or status change is one
 * {@link AggregateWrites} write guarded by the revision read, so the need and its event land together. Indexes:
 * (agencyCode, cycleYear) for an analysis and approval; the list orders, each led by cycleYear and agencyCode; the
 * multikey (staff.nip, competencyCode) for an observed level.
 */
@Repository
class MongoAgencyNeeds implements AgencyNeeds {

    private final MongoTemplate mongo;
    private final AggregateWrites writes;

    MongoAgencyNeeds(MongoTemplate mongo, AggregateWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
        var indexes = mongo.indexOps(AgencyNeedDocument.COLLECTION);
        indexes.createIndex(new Index().on("agencyCode", Sort.Direction.ASC).on("cycleYear", Sort.Direction.ASC)
                .on("competencyCode", Sort.Direction.ASC).named("agency_year_competency"));
        indexes.createIndex(new Index().on("cycleYear", Sort.Direction.ASC).on("agencyCode", Sort.Direction.ASC)
                .on("priority", Sort.Direction.DESC).on("_id", Sort.Direction.ASC).named("year_agency_priority"));
        indexes.createIndex(new Index().on("cycleYear", Sort.Direction.ASC).on("agencyCode", Sort.Direction.ASC)
                .on("staffAffected", Sort.Direction.DESC).on("_id", Sort.Direction.ASC).named("year_agency_staff"));
        indexes.createIndex(new Index().on("cycleYear", Sort.Direction.ASC).on("competencyCode", Sort.Direction.ASC)
                .on("agencyCode", Sort.Direction.ASC).named("year_competency_agency"));
        indexes.createIndex(new Index().on("staff.nip", Sort.Direction.ASC).on("competencyCode", Sort.Direction.ASC)
                .named("staff_competency"));
    }

    @Override
    public void propose(String agencyCode, int cycleYear, List<AgencyNeed> found) {
        List<String> ids = found.stream().map(AgencyNeed::id).toList();
        for (AgencyNeed need : found) {
            mongo.upsert(query(where("_id").is(need.id())), new Update()
                    .set("agencyCode", agencyCode).set("cycleYear", cycleYear)
                    .set("competencyCode", need.competencyCode()).set("kind", need.kind())
                    .set("staff", need.staff()).set("staffAffected", need.staff().size())
                    .set("targetLevel", need.targetLevel()).set("meanGap", need.meanGap())
                    .set("lowestLevel", need.lowestLevel()).set("weakUnits", need.weakUnits())
                    .set("evidence", need.evidence()).set("priority", need.priority()).set("supported", true)
                    .inc("revision", 1)
                    .setOnInsert("status", NeedStatus.PROPOSED).setOnInsert("version", 0L),
                    AgencyNeedDocument.class);
        }
        // Found again after a withdrawal: proposed anew, to be announced again on approval.
        mongo.updateMulti(query(where("_id").in(ids).and("status").is(NeedStatus.WITHDRAWN)),
                new Update().set("status", NeedStatus.PROPOSED).inc("revision", 1), AgencyNeedDocument.class);
        mongo.updateMulti(query(where("agencyCode").is(agencyCode).and("cycleYear").is(cycleYear).and("_id").nin(ids)
                .and("supported").is(true)), new Update().set("supported", false).inc("revision", 1),
                AgencyNeedDocument.class);
    }

    @Override
    public void forEachOf(String agencyCode, int cycleYear, Consumer<AgencyNeed> need) {
        Query ofAgency = query(where("agencyCode").is(agencyCode).and("cycleYear").is(cycleYear))
                .with(Sort.by(Sort.Direction.ASC, "competencyCode"));
        try (var stream = mongo.stream(ofAgency, AgencyNeedDocument.class)) {
            stream.map(AgencyNeedDocument::toNeed).forEach(need);
        }
    }

    @Override
    public Optional<AgencyNeed> find(String id) {
        return Optional.ofNullable(mongo.findById(id, AgencyNeedDocument.class)).map(AgencyNeedDocument::toNeed);
    }

    @Override
    public boolean publish(AgencyNeed read, NeedStatus status, long version, String fingerprint, LatihEvent event) {
        return writes.update(query(where("_id").is(read.id()).and("revision").is(read.revision())), new Update()
                .set("status", status).set("version", version).set("publishedFingerprint", fingerprint)
                .inc("revision", 1), AgencyNeedDocument.class, event == null ? List.of() : List.of(event));
    }

    @Override
    public List<AgencyNeedSummary> findWith(String nip, int limit) {
        Query withStaff = query(where("staff.nip").is(nip))
                .with(Sort.by(Sort.Direction.DESC, "cycleYear").and(Sort.by(Sort.Direction.ASC, "_id"))).limit(limit);
        withStaff.fields().exclude("staff").exclude("pendingEvents");
        return mongo.find(withStaff, AgencyNeedDocument.class).stream().map(AgencyNeedDocument::toSummary).toList();
    }

    @Override
    public List<AgencyNeed> findOpenWith(String nip, String competencyCode) {
        return mongo.find(query(where("staff.nip").is(nip).and("competencyCode").is(competencyCode).and("status")
                .in(NeedStatus.IDENTIFIED, NeedStatus.ADDRESSED)), AgencyNeedDocument.class).stream()
                .map(AgencyNeedDocument::toNeed).toList();
    }

    @Override
    public boolean observe(AgencyNeed read, int index, StaffGap updated, LatihEvent resolved) {
        Update change = new Update().set("staff." + index, updated).inc("revision", 1);
        if (resolved != null) {
            change.set("status", NeedStatus.RESOLVED).set("version", read.version() + 1);
        }
        return writes.update(query(where("_id").is(read.id()).and("revision").is(read.revision())), change,
                AgencyNeedDocument.class, resolved == null ? List.of() : List.of(resolved));
    }

    @Override
    public boolean address(AgencyNeed read, String nip, LatihEvent addressed) {
        Update change = new Update().addToSet("addressedNips", nip).inc("revision", 1);
        if (addressed != null) {
            change.set("status", NeedStatus.ADDRESSED).set("version", read.version() + 1);
        }
        return writes.update(query(where("_id").is(read.id()).and("revision").is(read.revision())), change,
                AgencyNeedDocument.class, addressed == null ? List.of() : List.of(addressed));
    }

    @Override
    public List<AgencyNeed> findLiveWith(String nip, String agencyCode) {
        // Served by staff_competency (staff.nip, ...).
        return mongo.find(query(where("staff.nip").is(nip).and("agencyCode").is(agencyCode).and("status")
                .in(NeedStatus.PROPOSED, NeedStatus.IDENTIFIED, NeedStatus.ADDRESSED)), AgencyNeedDocument.class)
                .stream().map(AgencyNeedDocument::toNeed).toList();
    }

    @Override
    public boolean release(AgencyNeed read, AgencyNeed after, LatihEvent event) {
        Update change = new Update().set("staff", after.staff()).set("staffAffected", after.staff().size())
                .set("targetLevel", after.targetLevel()).set("meanGap", after.meanGap())
                .set("lowestLevel", after.lowestLevel()).set("priority", after.priority())
                .set("status", after.status()).set("version", after.version()).set("supported", after.supported())
                .set("publishedFingerprint", after.publishedFingerprint()).set("addressedNips", after.addressedNips())
                .inc("revision", 1);
        return writes.update(query(where("_id").is(read.id()).and("revision").is(read.revision())), change,
                AgencyNeedDocument.class, event == null ? List.of() : List.of(event));
    }

    @Override
    public ResultPage<AgencyNeedSummary> findVisibleTo(AkpkVisibility visibility, AgencyNeedFilter filter, int page,
                                                       int size) {
        Criteria criteria = where("cycleYear").is(filter.cycleYear()).and("agencyCode");
        String agency = filter.agencyCode() != null ? filter.agencyCode() : visibility.agencyCode();
        if (agency != null && !visibility.includes(agency)) {
            return new ResultPage<>(List.of(), page, size, 0);
        }
        criteria = agency != null ? criteria.is(agency) : criteria.regex("^" + Pattern.quote(visibility.prefix()));
        if (filter.status() != null) {
            criteria = criteria.and("status").is(filter.status());
        }
        if (filter.competencyCode() != null) {
            criteria = criteria.and("competencyCode").is(filter.competencyCode());
        }
        Query query = query(criteria);
        long total = mongo.count(query, AgencyNeedDocument.class);
        query.fields().exclude("staff").exclude("pendingEvents");
        query.with(sortOf(filter.order())).skip((long) page * size).limit(size);
        return new ResultPage<>(mongo.find(query, AgencyNeedDocument.class).stream()
                .map(AgencyNeedDocument::toSummary).toList(), page, size, total);
    }

    private static Sort sortOf(AgencyNeedFilter.Order order) {
        Sort byId = Sort.by(Sort.Direction.ASC, "_id");
        return switch (order) {
            case PRIORITY -> Sort.by(Sort.Direction.DESC, "priority").and(byId);
            case STAFF -> Sort.by(Sort.Direction.DESC, "staffAffected").and(byId);
            case COMPETENCY -> Sort.by(Sort.Direction.ASC, "competencyCode").and(Sort.by(Sort.Direction.ASC,
                    "agencyCode"));
        };
    }
}
