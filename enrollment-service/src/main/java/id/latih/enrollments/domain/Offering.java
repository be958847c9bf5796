package id.latih.enrollments.domain;

import id.latih.platform.domain.AgencyCodes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A published program as enrollment sees it, replicated from program-service events. Programs are run by an agency
 * or a region's training centre for the agencies of its region. Its seats come in blocks: one per agency with a
 * seat quota, and the pool of the rest; each block's seats are numbered from 0, and an enrollment holds one of them
 * (see {@link Enrollment#seat()}), so two people can never hold the same seat.
 */
public record Offering(String programId, String agencyCode, String title, String competencyCode, int jp,
                       int capacity, LocalDate startDate, LocalDate endDate, OfferingStatus status,
                       Map<String, Integer> seatQuotas, Delivery delivery, Eligibility eligibility) {

    /** The block of seats shared by every agency without a quota of its own. */
    public static final String POOL = "*";

    public Offering {
        seatQuotas = seatQuotas == null ? Map.of() : Map.copyOf(seatQuotas);
        delivery = delivery == null ? Delivery.daily() : delivery;
        eligibility = eligibility == null ? Eligibility.anyone() : eligibility;
    }

    /**
     * The block of seats an employee of the agency takes from: its own quota's, or the pool of the seats no quota
     * reserves (all seats when the program has no quotas).
     */
    public String seatBlockOf(String employeeAgencyCode) {
        return seatQuotas.containsKey(employeeAgencyCode) ? employeeAgencyCode : POOL;
    }

    /** How many seats the block has: the agency's quota, or the capacity no quota reserves. */
    public int seatsIn(String block) {
        if (!POOL.equals(block)) {
            return seatQuotas.getOrDefault(block, 0);
        }
        return Math.max(0, capacity - seatQuotas.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** The agencies whose employees take seats from the block; empty for the pool (every agency without a quota). */
    public Set<String> agenciesOf(String block) {
        return POOL.equals(block) ? Set.of() : Set.of(block);
    }

    public String regionCode() {
        return AgencyCodes.regionOf(agencyCode);
    }

    /** Employees of agencies in the program's region may enroll. */
    public boolean openTo(String employeeAgencyCode) {
        return employeeAgencyCode.startsWith(regionCode() + ".");
    }

    /** Whether a session is held on the date: one of the program's session days, or any day of it without sessions. */
    public boolean runsOn(LocalDate date) {
        if (!delivery.sessionDates().isEmpty()) {
            return delivery.sessionDates().contains(date);
        }
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    /**
     * The session with the id: one of the program's sessions, or, for a program without sessions, the whole day the
     * id names ({@code yyyy-MM-dd}) when the program runs on it.
     */
    public Optional<Session> session(String sessionId, ZoneId zone) {
        if (!delivery.sessions().isEmpty()) {
            return delivery.sessions().stream().filter(s -> s.sessionId().equals(sessionId)).findFirst();
        }
        try {
            LocalDate day = LocalDate.parse(sessionId);
            return delivery.sessionDates().isEmpty() && runsOn(day) ? Optional.of(Session.wholeDay(day, zone))
                    : Optional.empty();
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    /** The session days attendance is measured against: the program's, or one a day from its first to last day. */
    public int scheduledSessions() {
        if (!delivery.sessionDates().isEmpty()) {
            return delivery.sessionDates().size();
        }
        return (int) ChronoUnit.DAYS.between(startDate, endDate) + 1;
    }

    /** Whether the last session is over: its end when sessions are known, otherwise from the end date on. */
    public boolean over(LocalDate today, Instant now) {
        return delivery.lastSessionEnd() != null ? !now.isBefore(delivery.lastSessionEnd())
                : !today.isBefore(endDate);
    }

    /**
     * The seats of a block that may be given, given the seat numbers held in it now: the lowest numbers below the
     * block's size nobody holds, as many as the size exceeds the number held. After a revision lowered the capacity
     * or a quota, some may hold seats numbered beyond it: they keep them, and only the lowest free numbers are
     * offered, so concurrent writers that saw different counts still reach for the same seats and the store lets
     * only one have each.
     */
    public List<Integer> freeSeats(String block, Collection<Integer> held) {
        List<Integer> free = new ArrayList<>();
        int size = seatsIn(block);
        int giveable = size - held.size();
        if (status != OfferingStatus.OPEN) {
            return free;
        }
        for (int seat = 0; seat < size && free.size() < giveable; seat++) {
            if (!held.contains(seat)) {
                free.add(seat);
            }
        }
        return free;
    }

    /** How many people hold seats beyond the capacity, after a revision lowered it. */
    public int overCapacity(int seatsHeld) {
        return Math.max(0, seatsHeld - capacity);
    }
}
