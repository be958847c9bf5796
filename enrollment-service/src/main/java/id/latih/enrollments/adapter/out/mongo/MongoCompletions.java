package id.latih.enrollments.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.enrollments.application.Completions;
import id.latih.enrollments.domain.EnrollmentStatus;
import id.latih.enrollments.domain.JpLedger;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

/** Completed enrollments, read by the indexes {@code person} (nip, status) and {@code completions}. */
@Repository
class MongoCompletions implements Completions {

    /** The fields of an enrollment the ledger reads, converted as they were written. */
    record CompletionRow(@Id String id, String nip, String programId, LocalDate completedOn, Integer jpEarned) {

        int jp() {
            return jpEarned == null ? 0 : jpEarned;
        }
    }

    private final MongoTemplate mongo;

    MongoCompletions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<JpLedger.Entry> of(String nip, int year) {
        return mongo.find(query(where("nip").is(nip).and("status").is(EnrollmentStatus.COMPLETED.name())
                        .andOperator(inYear(year))), CompletionRow.class, EnrollmentDocument.COLLECTION).stream()
                .map(r -> new JpLedger.Entry(r.programId(), r.id(), r.completedOn(), r.jp()))
                .toList();
    }

    @Override
    public Map<String, Integer> jpByNip(String agencyCode, int year) {
        Map<String, Integer> jp = new HashMap<>();
        mongo.find(query(where("agencyCode").is(agencyCode).and("status").is(EnrollmentStatus.COMPLETED.name())
                        .andOperator(inYear(year))), CompletionRow.class, EnrollmentDocument.COLLECTION)
                .forEach(r -> jp.merge(r.nip(), r.jp(), Integer::sum));
        return jp;
    }

    @Override
    public Set<String> completedPrograms(String nip) {
        return new HashSet<>(mongo.findDistinct(query(where("nip").is(nip)
                        .and("status").is(EnrollmentStatus.COMPLETED.name())), "programId",
                EnrollmentDocument.COLLECTION, String.class));
    }

    @Override
    public Map<String, Set<String>> activeProgramsByNip(String agencyCode) {
        Map<String, Set<String>> active = new HashMap<>();
        mongo.find(query(where("agencyCode").is(agencyCode).and("status").in(EnrollmentStatus.CONFIRMED.name(),
                        EnrollmentStatus.WAITLISTED.name())), Document.class, EnrollmentDocument.COLLECTION)
                .forEach(d -> active.computeIfAbsent(d.getString("nip"), n -> new HashSet<>())
                        .add(d.getString("programId")));
        return active;
    }

    private static Criteria inYear(int year) {
        return where(MongoEnrollments.COMPLETED_ON).gte(LocalDate.of(year, 1, 1)).lt(LocalDate.of(year + 1, 1, 1));
    }
}
