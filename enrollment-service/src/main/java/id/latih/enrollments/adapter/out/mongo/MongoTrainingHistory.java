package id.latih.enrollments.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.enrollments.application.TrainingHistory;
import id.latih.enrollments.domain.Certificate;
import id.latih.enrollments.domain.EnrollmentStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The agency's completions of a year, by the index {@code completions} (agencyCode, status, completedOn), each with
 * the certificate it was issued and its program's route, method and place from the offering replica.
 */
@Repository
class MongoTrainingHistory implements TrainingHistory {

    /** The fields of a completed enrollment the export reads. */
    record CompletedRow(@Id String id, String nip, String agencyCode, String programId, LocalDate completedOn,
                        Integer jpEarned, Certificate certificate) {
    }

    /** The fields of an offering the export reads. */
    record ProgramRow(@Id String id, String title, String agencyCode, LocalDate startDate, LocalDate endDate,
                      String route, String method, String location) {
    }

    private final MongoTemplate mongo;

    MongoTrainingHistory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Entry> completions(String agencyCode, int year, int page, int size) {
        List<CompletedRow> rows = mongo.find(completed(agencyCode, year)
                        .with(Sort.by(MongoEnrollments.COMPLETED_ON, "nip")).skip((long) page * size).limit(size),
                CompletedRow.class, EnrollmentDocument.COLLECTION);
        Map<String, ProgramRow> programs = mongo.find(query(where("_id").in(rows.stream()
                        .map(CompletedRow::programId).distinct().toList())), ProgramRow.class,
                OfferingDocument.COLLECTION).stream().collect(Collectors.toMap(ProgramRow::id, Function.identity()));
        return rows.stream().map(r -> entry(r, programs.get(r.programId()))).toList();
    }

    @Override
    public long countCompletions(String agencyCode, int year) {
        return mongo.count(completed(agencyCode, year), EnrollmentDocument.COLLECTION);
    }

    private static Query completed(String agencyCode, int year) {
        return query(where("agencyCode").is(agencyCode).and("status").is(EnrollmentStatus.COMPLETED.name())
                .andOperator(Criteria.where(MongoEnrollments.COMPLETED_ON).gte(LocalDate.of(year, 1, 1))
                        .lt(LocalDate.of(year + 1, 1, 1))));
    }

    /** The certificate's copy of the program's data; the program's own for a completion from before certificates. */
    private static Entry entry(CompletedRow r, ProgramRow program) {
        Certificate c = r.certificate() != null ? r.certificate() : program == null ? null
                : new Certificate(null, null, program.title(), program.agencyCode(), program.startDate(),
                program.endDate(), r.completedOn(), r.jpEarned() == null ? 0 : r.jpEarned());
        String type = program == null || program.route() == null ? null
                : program.method() == null ? program.route() : program.route() + "/" + program.method();
        int jp = r.jpEarned() == null ? 0 : r.jpEarned();
        return new Entry(r.nip(), r.agencyCode(), type, c == null ? null : c.programTitle(),
                c == null ? null : c.organiser(), jp, c == null ? null : c.startDate(),
                c == null ? null : c.endDate(), r.completedOn().getYear(), c == null ? null : c.number(),
                program == null ? null : program.location());
    }
}
