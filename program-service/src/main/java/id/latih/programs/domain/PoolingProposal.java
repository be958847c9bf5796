package id.latih.programs.domain;

import id.latih.platform.domain.AgencyCodes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One shared class proposed for a competency that several agencies of a region need: sized to their affected staff
 * up to the class size, seats shared in proportion to each agency's staff, aiming at the highest level required.
 * A designer adopts it by publishing a program with these quotas and needs.
 */
public record PoolingProposal(String regionCode, String competencyCode, int targetLevel, int affectedStaff,
                              int capacity, List<Quota> quotas, List<String> needIds) {

    /**
     * Proposals for every competency of a region needed by at least two agencies, most staff first. Each agency's
     * needs are carried up to its quota: the class plans for as many needs as it has seats; the rest stay in the
     * backlog for the next class.
     */
    public static List<PoolingProposal> propose(List<Demand> demand, int classSize) {
        Map<String, List<Demand>> byRegionAndCompetency = demand.stream().collect(Collectors.groupingBy(
                d -> AgencyCodes.regionOf(d.agencyCode()) + " " + d.competencyCode(), LinkedHashMap::new, Collectors.toList()));
        List<PoolingProposal> proposals = new ArrayList<>();
        for (List<Demand> group : byRegionAndCompetency.values()) {
            if (group.stream().map(Demand::agencyCode).distinct().count() < 2) {
                continue;
            }
            Map<String, Integer> staff = group.stream().collect(Collectors.toMap(Demand::agencyCode,
                    Demand::affectedStaff, Integer::sum));
            int affected = staff.values().stream().mapToInt(Integer::intValue).sum();
            int capacity = Math.min(classSize, affected);
            List<Quota> quotas = SeatShares.proportional(capacity, staff);
            Map<String, Integer> seats = quotas.stream().collect(Collectors.toMap(Quota::agencyCode, Quota::seats));
            List<String> needIds = group.stream().flatMap(d -> d.needIds().stream()
                    .limit(seats.getOrDefault(d.agencyCode(), 0))).toList();
            proposals.add(new PoolingProposal(AgencyCodes.regionOf(group.get(0).agencyCode()),
                    group.get(0).competencyCode(),
                    group.stream().mapToInt(Demand::highestRequiredLevel).max().orElse(0), affected, capacity,
                    quotas, needIds));
        }
        proposals.sort(Comparator.comparingInt(PoolingProposal::affectedStaff).reversed()
                .thenComparing(PoolingProposal::competencyCode));
        return proposals;
    }
}
