package id.latih.needs.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.events.LatihEvent;
import id.latih.needs.application.EmployeeStore;
import id.latih.needs.application.PendingRelease;
import id.latih.needs.application.ResultPage;
import id.latih.needs.domain.Assessment;
import id.latih.needs.domain.Employee;
import id.latih.needs.domain.PerformanceRating;
import id.latih.needs.domain.Transfer;
import id.latih.platform.domain.RuleViolationException;
import id.latih.platform.messaging.AppliedEvents;
import id.latih.platform.messaging.TargetNotYetCreatedException;
import id.latih.platform.outbox.AggregateWrites;
import id.latih.platform.outbox.PendingEvent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoEmployeeStore implements EmployeeStore {

    private static final String TRANSFER = "transferRequest";
    /** Releasing agencies whose needs of the moved employee are still to be released. */
    private static final String RELEASES = "needsToRelease";

    private final MongoTemplate mongo;
    private final AggregateWrites writes;
    private final AppliedEvents applied;

    MongoEmployeeStore(MongoTemplate mongo, AggregateWrites writes, AppliedEvents applied) {
        this.mongo = mongo;
        this.writes = writes;
        this.applied = applied;
        mongo.indexOps(EmployeeDocument.COLLECTION).createIndex(new Index().on("agencyCode", Sort.Direction.ASC)
                .on("supervisorNip", Sort.Direction.ASC).named("staff"));
        for (String side : List.of("fromAgency", "toAgency")) {
            mongo.indexOps(EmployeeDocument.COLLECTION).createIndex(new Index().on(TRANSFER + "." + side,
                    Sort.Direction.ASC).on(TRANSFER + ".requestedAt", Sort.Direction.ASC).on("_id", Sort.Direction.ASC)
                    .sparse().named("open_transfers_" + side));
        }
        mongo.indexOps(EmployeeDocument.COLLECTION).createIndex(new Index().on(RELEASES, Sort.Direction.ASC).sparse()
                .named("needs_to_release"));
    }

    @Override
    public void register(Employee employee, LatihEvent registered) {
        if (!writes.insertNew(EmployeeDocument.of(employee, PendingEvent.allOf(registered)))) {
            throw new RuleViolationException("already-registered",
                    "An employee with NIP " + employee.nip().value() + " is already registered");
        }
    }

    @Override
    public Set<String> registerAll(Map<Employee, LatihEvent> registered) {
        List<EmployeeDocument> documents = registered.entrySet().stream()
                .map(e -> EmployeeDocument.of(e.getKey(), PendingEvent.allOf(e.getValue()))).toList();
        return writes.insertAllNew(documents).stream().map(String::valueOf).collect(Collectors.toSet());
    }

    @Override
    public Optional<Employee> find(String nip) {
        return Optional.ofNullable(mongo.findById(nip, EmployeeDocument.class)).map(EmployeeDocument::toEmployee);
    }

    @Override
    public Map<String, Employee> findAll(Collection<String> nips) {
        return mongo.find(query(where("_id").in(nips)), EmployeeDocument.class).stream()
                .collect(Collectors.toMap(EmployeeDocument::nip, EmployeeDocument::toEmployee));
    }

    @Override
    public boolean update(Employee read, Employee updated, LatihEvent event) {
        return writes.update(query(where("_id").is(read.nip().value()).and("version").is(read.version())),
                new Update().set("name", updated.name()).set("employmentType", updated.employmentType())
                        .set("jobType", updated.jobType()).set("positionTitle", updated.positionTitle())
                        .set("supervisorNip", updated.supervisorNip() == null ? null : updated.supervisorNip().value())
                        .set("unit", updated.unit()).set("version", updated.version()),
                EmployeeDocument.class, List.of(event));
    }

    @Override
    public void addAssessment(String nip, Assessment assessment) {
        writes.update(query(where("_id").is(nip)), new Update().push("assessments", assessment),
                EmployeeDocument.class, List.of());
    }

    @Override
    public void recordPerformanceRating(String nip, int year, PerformanceRating rating) {
        writes.update(query(where("_id").is(nip)), new Update().set("performanceRatings." + year, rating),
                EmployeeDocument.class, List.of());
    }

    @Override
    public void addAssessmentOnce(String nip, Assessment assessment, UUID eventId) {
        if (!mongo.exists(query(where("_id").is(nip)), EmployeeDocument.class)) {
            throw new TargetNotYetCreatedException(EmployeeDocument.COLLECTION, nip);
        }
        applied.applyOnce(EmployeeDocument.COLLECTION, nip, eventId, new Update().push("assessments", assessment));
    }

    @Override
    public Set<String> staffOf(String agencyCode, String supervisorNip) {
        Query staff = query(where("agencyCode").is(agencyCode).and("supervisorNip").is(supervisorNip));
        staff.fields().include("_id");
        return mongo.find(staff, Document.class, EmployeeDocument.COLLECTION).stream()
                .map(d -> d.getString("_id")).collect(Collectors.toSet());
    }

    @Override
    public boolean openTransfer(Transfer transfer) {
        return writes.update(query(where("_id").is(transfer.nip().value()).and("agencyCode").is(transfer.fromAgency())
                        .and(TRANSFER).is(null)), new Update().set(TRANSFER, TransferDocument.of(transfer)),
                EmployeeDocument.class, List.of());
    }

    @Override
    public Optional<Transfer> openTransferOf(String nip) {
        return Optional.ofNullable(mongo.findById(nip, EmployeeDocument.class))
                .filter(d -> d.transferRequest() != null).map(d -> d.transferRequest().toTransfer(d.nip()));
    }

    @Override
    public boolean completeTransfer(Employee held, Employee moved, Transfer open, Transfer.Decision decision,
                                    LatihEvent event) {
        return writes.update(openGuard(open).addCriteria(where("version").is(held.version())),
                new Update().set("agencyCode", moved.agencyCode()).set("name", moved.name())
                        .set("employmentType", moved.employmentType()).set("jobType", moved.jobType())
                        .set("positionTitle", moved.positionTitle())
                        .set("supervisorNip", moved.supervisorNip() == null ? null : moved.supervisorNip().value())
                        .set("unit", moved.unit()).set("version", moved.version()).unset(TRANSFER).push("transfers", decision)
                        .addToSet(RELEASES, open.fromAgency()),
                EmployeeDocument.class, List.of(event));
    }

    @Override
    public List<PendingRelease> releasesPending(int limit) {
        // An emptied mark is removed (releaseDone), so the sparse index holds only employees still marked.
        Query marked = query(where(RELEASES).exists(true)).limit(limit);
        marked.fields().include("_id").include(RELEASES);
        return mongo.find(marked, Document.class, EmployeeDocument.COLLECTION).stream()
                .flatMap(d -> d.getList(RELEASES, String.class, List.of()).stream()
                        .map(agency -> new PendingRelease(d.getString("_id"), agency)))
                .toList();
    }

    @Override
    public void releaseDone(String nip, String fromAgency) {
        mongo.updateFirst(query(where("_id").is(nip)), new Update().pull(RELEASES, fromAgency),
                EmployeeDocument.COLLECTION);
        mongo.updateFirst(query(where("_id").is(nip).and(RELEASES).size(0)), new Update().unset(RELEASES),
                EmployeeDocument.COLLECTION);
    }

    @Override
    public boolean closeTransfer(Transfer open, Transfer.Decision decision) {
        return writes.update(openGuard(open), new Update().unset(TRANSFER).push("transfers", decision),
                EmployeeDocument.class, List.of());
    }

    @Override
    public ResultPage<Transfer> openTransfers(String agencyPrefix, boolean exact, int page, int size) {
        String prefix = "^" + agencyPrefix.replace(".", "\\.");
        Query open = exact
                ? query(new Criteria().orOperator(where(TRANSFER + ".fromAgency").is(agencyPrefix),
                        where(TRANSFER + ".toAgency").is(agencyPrefix)))
                : query(new Criteria().orOperator(
                        where(TRANSFER + ".fromAgency").regex(prefix),
                        where(TRANSFER + ".toAgency").regex(prefix)));
        long total = mongo.count(open, EmployeeDocument.class);
        List<Transfer> transfers = mongo.find(open.with(Sort.by(TRANSFER + ".requestedAt", "_id"))
                        .skip((long) page * size).limit(size), EmployeeDocument.class).stream()
                .map(d -> d.transferRequest().toTransfer(d.nip())).toList();
        return new ResultPage<>(transfers, page, size, total);
    }

    /** The employee with exactly this transfer open and still with the releasing agency. */
    private static Query openGuard(Transfer open) {
        return query(where("_id").is(open.nip().value()).and("agencyCode").is(open.fromAgency())
                .and(TRANSFER + ".toAgency").is(open.toAgency()).and(TRANSFER + ".requestedAt").is(open.requestedAt()));
    }
}
