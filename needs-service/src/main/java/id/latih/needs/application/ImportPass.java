package id.latih.needs.application;

import id.latih.needs.application.ImportReportLine.Outcome;
import id.latih.events.LatihEvent;
import id.latih.needs.domain.Employee;
import id.latih.needs.domain.Transfer;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.security.AgencyScope;
import java.time.Clock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One reading of an employee file. The checking pass rejects rows (and remembers their numbers); the writing pass
 * skips those and applies the rest. Rows are looked up, and report lines written, in batches of
 * {@code latih.needs.import.batch-size}, so memory holds one batch, plus the NIPs seen so far (to find a NIP twice in
 * one file).
 */
final class ImportPass {

    /** Rows read, rows rejected, and rows per outcome applied. */
    record Counts(long rows, long rejected, Map<Outcome, Long> applied) {

        long of(Outcome outcome) {
            return applied.getOrDefault(outcome, 0L);
        }

        Counts plusRejected(long more) {
            return new Counts(rows, rejected + more, applied);
        }
    }

    private record Pending(long row, CheckedRow.Valid profile) {
    }

    private final String importId;
    private final String agencyCode;
    private final String importedBy;
    private final EmployeeStore employees;
    private final EmployeeImports imports;
    private final ImportProperties limits;
    private final Clock clock;
    private final boolean writing;
    private final BitSet rejectedRows;
    private final FirstRows firstRowOfNip = new FirstRows();
    private final List<Pending> batch = new ArrayList<>();
    /** The batch's rows that register a new employee, written together at the end of the batch. */
    private final Map<Employee, Pending> created = new LinkedHashMap<>();
    private final List<ImportReportLine> lines = new ArrayList<>();
    private final Map<Outcome, Long> applied = new EnumMap<>(Outcome.class);
    private ImportRowCheck check;
    private long dataRows;
    private long rejected;

    ImportPass(String importId, AgencyScope caller, EmployeeStore employees, EmployeeImports imports,
               ImportProperties limits, Clock clock, boolean writing, BitSet rejectedRows) {
        this.importId = importId;
        this.agencyCode = caller.owningAgency();
        this.importedBy = caller.subject();
        this.employees = employees;
        this.imports = imports;
        this.limits = limits;
        this.clock = clock;
        this.writing = writing;
        this.rejectedRows = rejectedRows;
    }

    void row(long number, List<String> cells) {
        if (check == null) {
            check = ImportRowCheck.forHeader(cells, agencyCode);
            return;
        }
        if (++dataRows > limits.maxRows()) {
            throw new InvalidValueException("file", "has more than " + limits.maxRows() + " data rows");
        }
        if (writing && rejectedRows.get((int) number)) {
            return;
        }
        CheckedRow checked = check.check(cells);
        String nip = check.nipAsWritten(cells);
        if (checked instanceof CheckedRow.Rejected why) {
            reject(number, nip, why);
            return;
        }
        CheckedRow.Valid profile = (CheckedRow.Valid) checked;
        if (!writing) {
            long first = firstRowOfNip.putIfAbsent(Long.parseLong(profile.nip().value()), number);
            if (first >= 0) {
                reject(number, nip, new CheckedRow.Rejected("nip", "appears already in row " + first, nip));
                return;
            }
        }
        batch.add(new Pending(number, profile));
        if (batch.size() >= limits.batchSize()) {
            flushBatch();
        }
    }

    void finish() {
        flushBatch();
        flushLines();
    }

    long dataRows() {
        return dataRows;
    }

    Counts counts() {
        return new Counts(dataRows, rejected, Map.copyOf(applied));
    }

    private void flushBatch() {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, Employee> found = employees.findAll(batch.stream().map(p -> p.profile().nip().value()).toList());
        for (Pending pending : batch) {
            String nip = pending.profile().nip().value();
            Employee kept = found.get(nip);
            if (kept != null && !kept.agencyCode().equals(agencyCode)) {
                transfer(pending, kept);
            } else if (writing) {
                apply(pending, kept);
            }
        }
        registerCreated();
        batch.clear();
        if (lines.size() >= limits.batchSize()) {
            flushLines();
        }
    }

    /**
     * A NIP another agency holds: checked, an open transfer elsewhere rejects the row; written, a transfer to this
     * agency is requested, or found already open (TRANSFER_PENDING, so a second import of the file changes nothing).
     */
    private void transfer(Pending pending, Employee kept) {
        CheckedRow.Valid p = pending.profile();
        String nip = p.nip().value();
        Optional<Transfer> open = employees.openTransferOf(nip);
        if (open.isPresent() && !open.get().toAgency().equals(agencyCode)) {
            reject(pending.row(), nip, new CheckedRow.Rejected("nip", "is registered with another agency and a"
                    + " transfer to a third agency is open", nip));
        } else if (!writing) {
            return;
        } else if (open.isPresent()) {
            applied(pending.row(), Outcome.TRANSFER_PENDING, nip);
        } else if (employees.openTransfer(Transfer.request(kept, agencyCode, new Transfer.Profile(p.name(),
                p.employmentType(), p.jobType(), p.positionTitle(), p.supervisorNip()), importedBy,
                clock.instant()))) {
            applied(pending.row(), Outcome.TRANSFER_REQUESTED, nip);
        } else {
            reject(pending.row(), nip, new CheckedRow.Rejected("nip", "was changed meanwhile by another request;"
                    + " import the file again", nip));
        }
    }

    /**
     * The batch's new employees in one bulk insert, each its own document with its EmployeeRegistered: one round
     * trip per batch instead of one per employee. A NIP registered meanwhile by another request is rejected.
     */
    private void registerCreated() {
        if (created.isEmpty()) {
            return;
        }
        Map<Employee, LatihEvent> registered = new LinkedHashMap<>();
        created.keySet().forEach(employee -> registered.put(employee, employee.registered(clock.instant())));
        Set<String> meanwhile = employees.registerAll(registered);
        created.forEach((employee, pending) -> {
            String nip = employee.nip().value();
            if (meanwhile.contains(nip)) {
                reject(pending.row(), nip, new CheckedRow.Rejected("nip", "was registered meanwhile by another"
                        + " request; import the file again", nip));
            } else {
                applied(pending.row(), Outcome.CREATED, nip);
            }
        });
        created.clear();
    }

    private void apply(Pending pending, Employee kept) {
        CheckedRow.Valid p = pending.profile();
        String nip = p.nip().value();
        if (kept == null) {
            Employee employee = Employee.register(p.nip(), agencyCode, p.name(), p.employmentType(), p.jobType(),
                    p.positionTitle(), p.supervisorNip(), p.unit());
            created.put(employee, pending);
            return;
        }
        // A row without a work unit keeps the employee's: a file that has no unit column erases none.
        Employee updated = kept.updatedTo(p.name(), p.employmentType(), p.jobType(), p.positionTitle(),
                p.supervisorNip(), p.unit() == null ? kept.unit() : p.unit());
        if (updated == kept) {
            applied(pending.row(), Outcome.UNCHANGED, nip);
        } else if (employees.update(kept, updated, updated.updated(clock.instant()))) {
            applied(pending.row(), Outcome.UPDATED, nip);
        } else {
            reject(pending.row(), nip, new CheckedRow.Rejected("nip", "was changed meanwhile by another request;"
                    + " import the file again", nip));
        }
    }

    private void applied(long row, Outcome outcome, String nip) {
        applied.merge(outcome, 1L, Long::sum);
        lines.add(ImportReportLine.applied(importId, row, outcome, nip));
    }

    private void reject(long row, String nip, CheckedRow.Rejected why) {
        rejected++;
        rejectedRows.set((int) row);
        lines.add(ImportReportLine.rejected(importId, row, nip, why));
        if (lines.size() >= limits.batchSize()) {
            flushLines();
        }
    }

    private void flushLines() {
        if (!lines.isEmpty()) {
            imports.addLines(List.copyOf(lines));
            lines.clear();
        }
    }
}
