package id.latih.enrollments.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.enrollments.application.SelfReports;
import id.latih.enrollments.domain.JpLedger;
import id.latih.enrollments.domain.SelfReportedLearning;
import id.latih.enrollments.domain.SelfReportedLearning.Status;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Self-reported learning, one document per report. The ledger reads by (nip, status, completedOn), compliance by
 * (agencyCode, status, completedOn); a decision is one write conditional on the report still being pending.
 */
@Repository
class MongoSelfReports implements SelfReports {

    static final String COLLECTION = "learningReports";

    private final MongoTemplate mongo;

    MongoSelfReports(MongoTemplate mongo) {
        this.mongo = mongo;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("nip", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .on("completedOn", Sort.Direction.ASC).named("person"));
        indexes.createIndex(new Index().on("agencyCode", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .on("completedOn", Sort.Direction.ASC).named("agency"));
    }

    @Override
    public void add(SelfReportedLearning report) {
        mongo.insert(report, COLLECTION);
    }

    @Override
    public Optional<SelfReportedLearning> find(String id) {
        return Optional.ofNullable(mongo.findById(id, SelfReportedLearning.class, COLLECTION));
    }

    @Override
    public boolean decide(SelfReportedLearning decided) {
        return mongo.updateFirst(query(where("_id").is(decided.id()).and("status").is(Status.PENDING_APPROVAL)),
                new Update().set("status", decided.status()).set("decisionReason", decided.decisionReason()),
                COLLECTION).getModifiedCount() == 1;
    }

    @Override
    public List<SelfReportedLearning> of(String nip, int limit) {
        return mongo.find(query(where("nip").is(nip)).with(Sort.by(Sort.Direction.DESC, "completedOn")).limit(limit),
                SelfReportedLearning.class, COLLECTION);
    }

    @Override
    public List<JpLedger.Entry> approvedOf(String nip, int year) {
        return mongo.find(query(where("nip").is(nip).and("status").is(Status.APPROVED).andOperator(inYear(year))),
                SelfReportedLearning.class, COLLECTION).stream().map(SelfReportedLearning::entry).toList();
    }

    @Override
    public Map<String, Integer> approvedJpByNip(String agencyCode, int year) {
        Map<String, Integer> jp = new HashMap<>();
        mongo.find(query(where("agencyCode").is(agencyCode).and("status").is(Status.APPROVED)
                        .andOperator(inYear(year))), SelfReportedLearning.class, COLLECTION)
                .forEach(r -> jp.merge(r.nip(), r.jp(), Integer::sum));
        return jp;
    }

    private static Criteria inYear(int year) {
        return where("completedOn").gte(LocalDate.of(year, 1, 1)).lt(LocalDate.of(year + 1, 1, 1));
    }
}
