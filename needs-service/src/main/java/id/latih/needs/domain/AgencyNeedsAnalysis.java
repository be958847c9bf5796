package id.latih.needs.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The AKPK analysis of one agency and year: fed one employee at a time (so an agency of any size streams through
 * it), it keeps each employee's competency gaps ({@link NeedsAnalysis}: current and next position) with their
 * performance gap, and turns them into one {@link AgencyNeed} per competency, with weak IKM units as evidence and
 * in the priority.
 */
public final class AgencyNeedsAnalysis {

    private final String agencyCode;
    private final int cycleYear;
    private final CurrentLevelRule rule;
    private final Map<String, List<StaffGap>> staffByCompetency = new TreeMap<>();
    private final Map<String, int[]> sourceCounts = new TreeMap<>();
    private int employees;

    public AgencyNeedsAnalysis(String agencyCode, int cycleYear, CurrentLevelRule rule) {
        this.agencyCode = agencyCode;
        this.cycleYear = cycleYear;
        this.rule = rule;
    }

    /** Adds one employee of the agency, with what their positions require. */
    public void add(Employee employee, PositionRequirements requirements) {
        employees++;
        int performanceGap = performanceGapBefore(employee, cycleYear);
        for (Need gap : NeedsAnalysis.competencyGaps(employee, cycleYear, rule, requirements)) {
            staffByCompetency.computeIfAbsent(gap.competencyCode(), c -> new ArrayList<>())
                    .add(new StaffGap(employee.nip().value(), gap.currentLevel(), gap.requiredLevel(),
                            performanceGap));
            sourceCounts.computeIfAbsent(gap.competencyCode(), c -> new int[3])
                    [gap.source().startsWith("NEXT_POSITION_GAP") ? 1 : 0]++;
            if (performanceGap > 0) {
                sourceCounts.get(gap.competencyCode())[2]++;
            }
        }
    }

    public int employees() {
        return employees;
    }

    /**
     * The agency's needs: one per competency some employee falls short in. {@code weakUnits} lists, per competency,
     * the service units whose weak IKM elements point to it.
     */
    public List<AgencyNeed> needs(Map<String, List<String>> weakUnits, PriorityRule priority) {
        List<AgencyNeed> needs = new ArrayList<>();
        staffByCompetency.forEach((code, staff) -> {
            staff.sort(Comparator.comparingInt(StaffGap::gap).reversed().thenComparing(StaffGap::nip));
            List<String> units = weakUnits.getOrDefault(code, List.of());
            int[] counts = sourceCounts.get(code);
            List<String> evidence = new ArrayList<>();
            evidence.add("COMPETENCY_GAP: " + counts[0] + " staff below their position's standard");
            if (counts[1] > 0) {
                evidence.add("NEXT_POSITION_GAP: " + counts[1] + " staff below their next position's standard");
            }
            if (counts[2] > 0) {
                evidence.add("PERFORMANCE_GAP: " + counts[2] + " of them rated below Baik (SKP)");
            }
            units.stream().limit(MAX_UNITS_IN_EVIDENCE).forEach(u -> evidence.add("IKM: weak elements at " + u));
            needs.add(new AgencyNeed(AgencyNeed.idFor(agencyCode, cycleYear, code), agencyCode, cycleYear, code,
                    CompetencyKind.ofCode(code), staff, units.size(), evidence, priority.priority(staff,
                    units.size()), NeedStatus.PROPOSED, 0, true, null, 0, Set.of()));
        });
        return needs;
    }

    /** Service units named one by one in a need's evidence; the count in the priority covers them all. */
    static final int MAX_UNITS_IN_EVIDENCE = 20;

    /** Steps below Baik of the latest SKP rating of a year before {@code cycleYear}; 0 without one. */
    static int performanceGapBefore(Employee employee, int cycleYear) {
        return employee.performanceRatings().entrySet().stream().filter(r -> r.getKey() < cycleYear)
                .max(Map.Entry.comparingByKey()).map(r -> r.getValue().performanceGap()).orElse(0);
    }
}
