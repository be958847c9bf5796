package id.latih.enrollments.domain;

import id.latih.platform.domain.AgencyCodes;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A published program as enrollment sees it, replicated from program-service events. Programs are run by an agency
 * or a region's training centre for the agencies of its region. Its seats are numbered 0 to capacity - 1; an
 * enrollment holds one of them (see {@link Enrollment#seat()}), so two people can never hold the same seat.
 */
public record Offering(String programId, String agencyCode, String title, String competencyCode, int jp,
                       int capacity, LocalDate startDate, LocalDate endDate, OfferingStatus status) {

    public String regionCode() {
        return AgencyCodes.regionOf(agencyCode);
    }

    /** Employees of agencies in the program's region may enroll. */
    public boolean openTo(String employeeAgencyCode) {
        return employeeAgencyCode.startsWith(regionCode() + ".");
    }

    public boolean runsOn(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    /** One session a day from the first to the last day: the sessions attendance is measured against. */
    public int scheduledSessions() {
        return (int) ChronoUnit.DAYS.between(startDate, endDate) + 1;
    }

    /**
     * The seats that may be given, given the seat numbers held now: the lowest numbers below the capacity nobody
     * holds, as many as the capacity exceeds the number held. After a revision lowered the capacity, some may hold
     * seats numbered beyond it: they keep them, and only the lowest free numbers are offered, so concurrent writers
     * that saw different counts still reach for the same seats and the store lets only one have each.
     */
    public List<Integer> freeSeats(Collection<Integer> held) {
        List<Integer> free = new ArrayList<>();
        int giveable = capacity - held.size();
        if (status != OfferingStatus.OPEN) {
            return free;
        }
        for (int seat = 0; seat < capacity && free.size() < giveable; seat++) {
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
