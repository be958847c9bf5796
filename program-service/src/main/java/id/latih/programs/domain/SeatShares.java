package id.latih.programs.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Seats of one class shared among agencies in proportion to their affected staff, by the largest-remainder method:
 * each agency gets the whole part of capacity x staff / all staff, and the seats left go one each to the largest
 * remainders (ties: more staff first, then the agency code). The quotas sum to the capacity exactly; an agency
 * whose share rounds to no seat gets no quota.
 */
public final class SeatShares {

    private SeatShares() {
    }

    public static List<Quota> proportional(int capacity, Map<String, Integer> staffByAgency) {
        long total = staffByAgency.values().stream().mapToLong(Integer::longValue).sum();
        if (total == 0 || capacity <= 0) {
            return List.of();
        }
        List<Share> shares = new ArrayList<>();
        staffByAgency.forEach((agency, staff) -> shares.add(new Share(agency, staff,
                (int) ((long) capacity * staff / total), (long) capacity * staff % total)));
        int left = capacity - shares.stream().mapToInt(Share::seats).sum();
        shares.sort(Comparator.comparingLong(Share::remainder).reversed()
                .thenComparing(Comparator.comparingInt(Share::staff).reversed()).thenComparing(Share::agency));
        List<Quota> quotas = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            Share s = shares.get(i);
            int seats = s.seats() + (i < left ? 1 : 0);
            if (seats > 0) {
                quotas.add(new Quota(s.agency(), seats));
            }
        }
        quotas.sort(Comparator.comparing(Quota::agencyCode));
        return quotas;
    }

    private record Share(String agency, int staff, int seats, long remainder) {
    }
}
