package id.latih.evaluations.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.evaluations.application.ProgramEvaluations.Summary;
import id.latih.evaluations.application.ProgramEvaluations.SummaryPage;
import id.latih.evaluations.application.Programs;
import id.latih.evaluations.domain.Program;
import id.latih.platform.messaging.ReplicaWrites;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.ScopeCriteria;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoPrograms implements Programs {

    private final MongoTemplate mongo;
    private final ReplicaWrites replicas;

    /** The last day of the program's evaluation window; the timed close acts the day after. */
    static final String CLOSES_ON = "evaluationClosesOn";
    static final String CLOSED = "evaluationClosed";

    MongoPrograms(MongoTemplate mongo, ReplicaWrites replicas) {
        this.mongo = mongo;
        this.replicas = replicas;
        mongo.indexOps(ProgramDocument.COLLECTION).createIndex(new Index().on(CLOSES_ON, Sort.Direction.ASC)
                .on("_id", Sort.Direction.ASC).sparse().named("evaluation_closes_on"));
        // An organiser's (or analyst's) list of program evaluations, latest programs first.
        mongo.indexOps(ProgramDocument.COLLECTION).createIndex(new Index().on("agencyCode", Sort.Direction.ASC)
                .on("endDate", Sort.Direction.DESC).on("_id", Sort.Direction.ASC).named("agency_latest_end"));
    }

    @Override
    public Optional<Program> find(String programId) {
        return Optional.ofNullable(mongo.findById(programId, ProgramDocument.class)).map(ProgramDocument::toProgram);
    }

    @Override
    public void published(Program p, long version, LocalDate evaluationClosesOn) {
        replicas.create(ProgramDocument.COLLECTION, p.programId(), version, fields(p, evaluationClosesOn));
    }

    @Override
    public void revised(Program p, long version, LocalDate evaluationClosesOn) {
        replicas.change(ProgramDocument.COLLECTION, p.programId(), version, fields(p, evaluationClosesOn));
    }

    @Override
    public List<Program> evaluationsToClose(LocalDate today, int limit) {
        Query elapsed = query(where(CLOSES_ON).lt(today).and(CLOSED).ne(true)).with(Sort.by(CLOSES_ON, "_id"))
                .limit(limit);
        return mongo.find(elapsed, ProgramDocument.class).stream().map(ProgramDocument::toProgram).toList();
    }

    @Override
    public void evaluationClosed(String programId) {
        mongo.updateFirst(query(where("_id").is(programId)), new Update().set(CLOSED, true), ProgramDocument.class);
    }

    private Update fields(Program p, LocalDate evaluationClosesOn) {
        Update update = new Update().set(CLOSES_ON, evaluationClosesOn).set("agencyCode", p.agencyCode()).set("title", p.title())
                .set("competencyCode", p.competencyCode()).set("behaviourFollowUpDays", p.behaviourFollowUpDays())
                .set("fixedCosts", p.costs().fixedCosts()).set("costPerParticipant", p.costs().costPerParticipant())
                .set("startDate", p.startDate()).set("endDate", p.endDate());
        return update.set("targets", p.targets().stream()
                .map(t -> new Document("competencyCode", t.competencyCode()).append("level", t.level())).toList());
    }

    @Override
    public SummaryPage findVisibleTo(AgencyScope scope, boolean openOnly, int page, int size) {
        Query visible = query(ScopeCriteria.visibleTo(scope));
        if (openOnly) {
            visible.addCriteria(where(CLOSED).ne(true));
        }
        long total = mongo.count(visible, ProgramDocument.COLLECTION);
        visible.with(Sort.by(Sort.Direction.DESC, "endDate").and(Sort.by("_id"))).skip((long) page * size)
                .limit(size);
        return new SummaryPage(mongo.find(visible, Document.class, ProgramDocument.COLLECTION).stream()
                .map(d -> new Summary(mongo.getConverter().read(ProgramDocument.class, d).toProgram(),
                        localDate(d.get(CLOSES_ON)), Boolean.TRUE.equals(d.getBoolean(CLOSED))))
                .toList(), page, size, total);
    }

    private LocalDate localDate(Object stored) {
        return stored == null ? null : mongo.getConverter().getConversionService().convert(stored, LocalDate.class);
    }
}
