package id.latih.needs;

import id.latih.events.LatihEvent;
import id.latih.needs.adapter.in.file.UploadedFiles;
import id.latih.needs.application.EmployeeImports;
import id.latih.needs.application.EmployeeStore;
import id.latih.needs.application.ImportEmployees;
import id.latih.needs.application.ImportProperties;
import id.latih.needs.application.ImportReport;
import id.latih.needs.application.ImportReportLine;
import id.latih.needs.application.PendingRelease;
import id.latih.needs.application.ResultPage;
import id.latih.needs.domain.Assessment;
import id.latih.needs.domain.Employee;
import id.latih.needs.domain.PerformanceRating;
import id.latih.needs.domain.Transfer;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * The import pipeline alone, in a JVM with nothing else in it: a deterministic workbook spooled, told apart, read as
 * a stream and every row checked and applied (both passes), against stores that only count, so the heap figure is the
 * import's own. Not part of the build's tests (the name matches no test pattern); {@code bench/employee-import.sh}
 * runs it with {@code -Xmx} set. Prints lines starting "BENCH".
 */
class EmployeeImportPipelineBench {

    @Test
    void a_large_workbook_is_imported_within_a_small_heap() throws Exception {
        int rows = Integer.getInteger("bench.rows", 200_000);
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        Path workbook = BenchWorkbook.write(dir.resolve("employees-" + rows + ".xlsx"), rows);
        CountingStores stores = new CountingStores();
        ImportProperties limits = new ImportProperties(DataSize.ofMegabytes(100), 2_000_000, 500,
                DataSize.ofGigabytes(1), 100, 20);
        UploadedFiles uploads = new UploadedFiles(limits);
        ImportEmployees importEmployees = new ImportEmployees(stores, stores.reports, limits, Clock.systemUTC());
        AgencyScope admin = new AgencyScope("bench", "3273.DINKES", "3273", "32", Set.of(Role.AGENCY_ADMIN), null);
        HeapSampler heap = new HeapSampler();
        long start = System.nanoTime();
        Path spooled;
        try (InputStream in = Files.newInputStream(workbook)) {
            spooled = uploads.spool(in, Files.size(workbook));
        }
        ImportReport report = importEmployees.importFile(admin, uploads.open(spooled, "employees.xlsx"),
                "employees.xlsx", false);
        double seconds = (System.nanoTime() - start) / 1e9;
        heap.close();
        UploadedFiles.delete(spooled);

        if (report.created() != rows || stores.registered.get() != rows) {
            throw new AssertionError("expected " + rows + " created, got " + report);
        }
        System.out.printf("BENCH employee import pipeline: %d rows, %.1f MB .xlsx, %.1f s, %.0f rows/s%n", rows,
                Files.size(workbook) / 1e6, seconds, rows / seconds);
        System.out.printf("BENCH heap: -Xmx %d MB, peak used %d MB%n", HeapSampler.maxMegabytes(),
                heap.peakMegabytes());
    }

    /** Stores that keep nothing: every employee is new, every report line is counted. */
    private static final class CountingStores implements EmployeeStore {
        final AtomicLong registered = new AtomicLong();
        final CountingReports reports = new CountingReports();

        @Override
        public void register(Employee employee, LatihEvent event) {
            registered.incrementAndGet();
        }

        @Override
        public Set<String> registerAll(Map<Employee, LatihEvent> employees) {
            registered.addAndGet(employees.size());
            return Set.of();
        }

        @Override
        public Optional<Employee> find(String nip) {
            return Optional.empty();
        }

        @Override
        public Map<String, Employee> findAll(Collection<String> nips) {
            return Map.of();
        }

        @Override
        public boolean update(Employee read, Employee updated, LatihEvent event) {
            return true;
        }

        @Override
        public void addAssessment(String nip, Assessment assessment) {
        }

        @Override
        public void recordPerformanceRating(String nip, int year, PerformanceRating rating) {
        }

        @Override
        public void addAssessmentOnce(String nip, Assessment assessment, UUID eventId) {
        }

        @Override
        public Set<String> staffOf(String agencyCode, String supervisorNip) {
            return Set.of();
        }

        @Override
        public boolean openTransfer(Transfer transfer) {
            return false;
        }

        @Override
        public Optional<Transfer> openTransferOf(String nip) {
            return Optional.empty();
        }

        @Override
        public boolean completeTransfer(Employee held, Employee moved, Transfer open, Transfer.Decision decision,
                                        LatihEvent event) {
            return false;
        }

        @Override
        public boolean closeTransfer(Transfer open, Transfer.Decision decision) {
            return false;
        }

        @Override
        public ResultPage<Transfer> openTransfers(String agencyPrefix, boolean exact, int page, int size) {
            return new ResultPage<>(List.of(), page, size, 0);
        }

        @Override
        public List<PendingRelease> releasesPending(int limit) {
            return List.of();
        }

        @Override
        public void releaseDone(String nip, String fromAgency) {
        }
    }

    private static final class CountingReports implements EmployeeImports {
        final AtomicLong lines = new AtomicLong();

        @Override
        public void save(ImportReport report) {
        }

        @Override
        public void addLines(List<ImportReportLine> batch) {
            lines.addAndGet(batch.size());
        }

        @Override
        public void discardLines(String importId) {
        }

        @Override
        public Optional<ImportReport> find(String importId) {
            return Optional.empty();
        }

        @Override
        public ResultPage<ImportReportLine> lines(String importId, ImportReportLine.Outcome outcome, int page,
                                                  int size) {
            return new ResultPage<>(List.of(), page, size, lines.get());
        }

        @Override
        public ResultPage<ImportReport> ofAgency(String agencyCode, int page, int size) {
            return new ResultPage<>(List.of(), page, size, 0);
        }
    }
}
