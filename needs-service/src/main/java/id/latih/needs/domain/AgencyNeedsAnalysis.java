package id.latih.needs.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The AKPK analysis of one agency and year: fed one employee at a time (so an agency of any size streams through
 * it), it keeps each employee's competency gaps ({@link NeedsAnalysis}: current and next position) with their
 * performance gap, and turns them into one {@link AgencyNeed} per competency, with weak IKM units as evidence and
 * in the priority.
 *
 * <p>A weak unit's staff: an employee whose work unit has weak IKM elements pointing to a competency, and who has
 * no gap in it against their positions, is asked to rise {@code unitStaffStep} levels above their current level
 * (at most 5) in it: target = min(5, current + step). An employee with no evidence of the competency has no level
 * to rise from and is not added. A weak unit counts in a need's priority and evidence only when some of its staff
 * are among the need's staff (by either gap), so the IKM term and the staff agree.
 */
public final class AgencyNeedsAnalysis {

    private final String agencyCode;
    private final int cycleYear;
    private final CurrentLevelRule rule;
    private final Map<String, List<StaffGap>> staffByCompetency = new TreeMap<>();
    private final Map<String, int[]> sourceCounts = new TreeMap<>();
    private final Map<String, WeakUnit> weakUnits = new HashMap<>();
    private final int unitStaffStep;
    /** Per competency, the weak units with staff in its need, in the order first met. */
    private final Map<String, Set<WeakUnit>> unitsWithStaff = new HashMap<>();
    private int employees;

    public AgencyNeedsAnalysis(String agencyCode, int cycleYear, CurrentLevelRule rule) {
        this(agencyCode, cycleYear, rule, List.of(), 0);
    }

    /** With the agency's weak units and how many levels their staff are asked to rise ({@code 0}: none). */
    public AgencyNeedsAnalysis(String agencyCode, int cycleYear, CurrentLevelRule rule, List<WeakUnit> weakUnits,
                               int unitStaffStep) {
        if (unitStaffStep < 0 || unitStaffStep > 4) {
            throw new IllegalArgumentException("the unit staff step is 0..4 levels");
        }
        this.agencyCode = agencyCode;
        this.cycleYear = cycleYear;
        this.rule = rule;
        this.unitStaffStep = unitStaffStep;
        weakUnits.forEach(unit -> this.weakUnits.put(unit.code(), unit));
    }

    /** Adds one employee of the agency, with what their positions require. */
    public void add(Employee employee, PositionRequirements requirements) {
        employees++;
        int performanceGap = performanceGapBefore(employee, cycleYear);
        WeakUnit unit = employee.unitCode() == null ? null : weakUnits.get(employee.unitCode());
        Set<String> withGap = new HashSet<>();
        for (Need gap : NeedsAnalysis.competencyGaps(employee, cycleYear, rule, requirements)) {
            withGap.add(gap.competencyCode());
            count(employee, gap.competencyCode(), gap.currentLevel(), gap.requiredLevel(), performanceGap,
                    gap.source().startsWith("NEXT_POSITION_GAP") ? NEXT : CURRENT, unit);
        }
        if (unit != null && unitStaffStep > 0) {
            Map<String, Assessment> deciding = rule.deciding(employee.assessments());
            for (String code : new TreeSet<>(unit.competencies())) {
                Assessment current = deciding.get(code);
                if (!withGap.contains(code) && current != null && current.assessedLevel() < MAX_LEVEL) {
                    count(employee, code, current.assessedLevel(),
                            Math.min(MAX_LEVEL, current.assessedLevel() + unitStaffStep), performanceGap, UNIT, unit);
                }
            }
        }
    }

    private void count(Employee employee, String code, int current, int target, int performanceGap, int source,
                       WeakUnit unit) {
        staffByCompetency.computeIfAbsent(code, c -> new ArrayList<>())
                .add(new StaffGap(employee.nip().value(), current, target, performanceGap));
        int[] counts = sourceCounts.computeIfAbsent(code, c -> new int[4]);
        counts[source]++;
        if (performanceGap > 0) {
            counts[PERFORMANCE]++;
        }
        if (unit != null && unit.competencies().contains(code)) {
            unitsWithStaff.computeIfAbsent(code, c -> new LinkedHashSet<>()).add(unit);
        }
    }

    private static final int CURRENT = 0;
    private static final int NEXT = 1;
    private static final int PERFORMANCE = 2;
    private static final int UNIT = 3;
    private static final int MAX_LEVEL = 5;

    public int employees() {
        return employees;
    }

    /**
     * The agency's needs: one per competency some employee falls short in, or that a weak unit's staff are asked to
     * rise in; a weak unit counts for a competency when its staff are among the need's.
     */
    public List<AgencyNeed> needs(PriorityRule priority) {
        List<AgencyNeed> needs = new ArrayList<>();
        staffByCompetency.forEach((code, staff) -> {
            staff.sort(Comparator.comparingInt(StaffGap::gap).reversed().thenComparing(StaffGap::nip));
            List<String> units = unitsWithStaff.getOrDefault(code, Set.of()).stream().map(WeakUnit::label)
                    .sorted().toList();
            int[] counts = sourceCounts.get(code);
            List<String> evidence = new ArrayList<>();
            if (counts[CURRENT] > 0) {
                evidence.add("COMPETENCY_GAP: " + counts[CURRENT] + " staff below their position's standard");
            }
            if (counts[NEXT] > 0) {
                evidence.add("NEXT_POSITION_GAP: " + counts[NEXT] + " staff below their next position's standard");
            }
            if (counts[UNIT] > 0) {
                evidence.add("IKM_UNIT_STAFF: " + counts[UNIT] + " staff of weak service units, asked to rise "
                        + unitStaffStep + " level(s)");
            }
            if (counts[PERFORMANCE] > 0) {
                evidence.add("PERFORMANCE_GAP: " + counts[PERFORMANCE] + " of them rated below Baik (SKP)");
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
