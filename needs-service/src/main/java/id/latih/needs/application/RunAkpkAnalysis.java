package id.latih.needs.application;

import id.latih.needs.domain.AgencyAnalysis;
import id.latih.needs.domain.AgencyNeed;
import id.latih.needs.domain.AgencyNeedsAnalysis;
import id.latih.needs.domain.CycleWindow;
import id.latih.needs.domain.PositionRequirements;
import id.latih.needs.domain.PositionStandard;
import id.latih.platform.domain.RuleViolationException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The authorised official (PyB) runs the agency's AKPK analysis of a year, once its region or province has opened
 * the cycle: every employee's competency gaps against the standards of their current and next positions, weighted
 * by their performance gap, and the units' weak IKM elements (whose staff are asked to rise in the competencies
 * those elements point to: {@link AgencyNeedsAnalysis}), aggregated into one proposed need per competency with
 * a priority. Employees are streamed, so the agency's size bounds time, not memory. Running again replaces the
 * proposal (never a second need) and the AKPK goes back to ANALYSED, to be verified and approved again. Nothing is
 * announced until approval.
 */
@Service
public class RunAkpkAnalysis {

    private final CycleWindows windows;
    private final AgencyAnalyses analyses;
    private final AgencyNeeds needs;
    private final AkpkEvidence evidence;
    private final PositionStandardQueries standards;
    private final AssessmentProperties assessment;
    private final AkpkProperties akpk;
    private final IkmProperties ikm;
    private final Clock clock;

    public RunAkpkAnalysis(CycleWindows windows, AgencyAnalyses analyses, AgencyNeeds needs, AkpkEvidence evidence,
                           PositionStandardQueries standards, AssessmentProperties assessment, AkpkProperties akpk,
                           IkmProperties ikm, Clock clock) {
        this.windows = windows;
        this.analyses = analyses;
        this.needs = needs;
        this.evidence = evidence;
        this.standards = standards;
        this.assessment = assessment;
        this.akpk = akpk;
        this.ikm = ikm;
        this.clock = clock;
    }

    public AgencyAnalysis run(AgencyScope caller, int year) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.INTEGRATION);
        String agency = caller.owningAgency();
        CycleWindow window = windows.findFor(agency, year).orElseThrow(() -> new RuleViolationException(
                "akpk-not-open", "No AKPK cycle " + year + " is open for agency " + agency
                + ": its region or province opens it"));
        analyses.open(AgencyAnalysis.collecting(agency, year, window.deadline()));
        AgencyAnalysis read = analyses.find(agency, year).orElseThrow();
        AgencyNeedsAnalysis analysis = new AgencyNeedsAnalysis(agency, year, assessment.rule(),
                evidence.weakUnits(agency, year), ikm.unitStaffStep());
        // Positions repeat across thousands of employees: their requirements are read once per run.
        Map<String, PositionRequirements> byPosition = new HashMap<>();
        evidence.forEachEmployee(agency, employee -> analysis.add(employee, byPosition.computeIfAbsent(
                employee.jobType() + "|" + PositionStandard.keyOf(employee.positionTitle()),
                key -> standards.requirementsOf(employee))));
        List<AgencyNeed> found = analysis.needs(akpk.priorityRule());
        AgencyAnalysis analysed = read.analysed(caller.subject(), clock.instant(), found.size(),
                (int) found.stream().flatMap(n -> n.staff().stream()).map(s -> s.nip()).distinct().count());
        needs.propose(agency, year, found);
        if (!analyses.update(read, analysed)) {
            throw new RuleViolationException("akpk-concurrent", "The AKPK changed while it was analysed: run again");
        }
        return analysed;
    }
}
