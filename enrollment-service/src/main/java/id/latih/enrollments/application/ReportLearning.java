package id.latih.enrollments.application;

import id.latih.enrollments.domain.SelfReportedLearning;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.domain.RuleViolationException;
import id.latih.platform.security.AgencyScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * An employee reports learning done outside Latih, with its evidence; their direct supervisor approves or rejects it.
 * Only approved learning counts in the JP ledger. Nobody else decides, and nobody reports for someone else.
 */
@Service
public class ReportLearning {

    /** How many of one employee's reports are listed. */
    public static final int LISTED = 200;

    private final SelfReports reports;
    private final EmployeeDirectory employees;
    private final Clock clock;

    public ReportLearning(SelfReports reports, EmployeeDirectory employees, Clock clock) {
        this.reports = reports;
        this.employees = employees;
        this.clock = clock;
    }

    public SelfReportedLearning report(AgencyScope caller, String nip, SelfReportedLearning.Kind kind, String title,
                                       String provider, LocalDate completedOn, int jp, String evidenceUrl,
                                       String evidenceNumber) {
        if (!nip.equals(caller.nip())) {
            throw new AccessDeniedException("Employees report only their own learning");
        }
        EmployeeDirectory.KnownEmployee employee = employees.find(nip)
                .orElseThrow(() -> new NotFoundException("Employee", nip));
        caller.requireWriteTo(employee.agencyCode());
        SelfReportedLearning report = SelfReportedLearning.report(nip, employee.agencyCode(), kind, title, provider,
                completedOn, jp, evidenceUrl, evidenceNumber, LocalDate.now(clock));
        reports.add(report);
        return report;
    }

    public SelfReportedLearning approve(AgencyScope caller, String nip, String id) {
        return decide(caller, nip, id, null);
    }

    public SelfReportedLearning reject(AgencyScope caller, String nip, String id, String reason) {
        return decide(caller, nip, id, reason);
    }

    /** The employee's reports, for those who may read the employee. */
    public List<SelfReportedLearning> of(AgencyScope caller, String nip) {
        employees.find(nip).filter(e -> caller.canReadPerson(e.agencyCode(), nip, employees::staffOf))
                .orElseThrow(() -> new NotFoundException("Employee", nip));
        return reports.of(nip, LISTED);
    }

    private SelfReportedLearning decide(AgencyScope caller, String nip, String id, String rejection) {
        SelfReportedLearning report = reports.find(id).filter(r -> r.nip().equals(nip))
                .filter(r -> caller.canReadPerson(r.agencyCode(), r.nip(), employees::staffOf))
                .orElseThrow(() -> new NotFoundException("Learning report", id));
        boolean supervises = caller.nip() != null && !nip.equals(caller.nip())
                && employees.staffOf(caller.owningAgency(), caller.nip()).contains(nip);
        if (!supervises) {
            throw new AccessDeniedException("Only the employee's supervisor decides their learning reports");
        }
        SelfReportedLearning decided = rejection == null ? report.approve() : report.reject(rejection);
        if (!reports.decide(decided)) {
            throw new RuleViolationException("not-pending", "Report " + id + " was decided meanwhile");
        }
        return decided;
    }
}
