package id.latih.enrollments.domain;

import id.latih.platform.domain.AgencyCodes;
import java.time.LocalDate;
import java.util.List;

/**
 * A published program as enrollment sees it, replicated from program-service events, with the seats taken here.
 * Programs are run by an agency or a region's training centre for the agencies of its region.
 */
public record Offering(String programId, String agencyCode, String title, String competencyCode, int jp,
                       int capacity, int seatsTaken, LocalDate startDate, LocalDate endDate, OfferingStatus status,
                       List<String> seatHolders) {

    public Offering {
        seatHolders = seatHolders == null ? List.of() : List.copyOf(seatHolders);
    }

    public String regionCode() {
        return AgencyCodes.regionOf(agencyCode);
    }

    /** Employees of agencies in the program's region may enroll. */
    public boolean openTo(String employeeAgencyCode) {
        return employeeAgencyCode.startsWith(regionCode() + ".");
    }

    public boolean holdsSeat(String nip) {
        return seatHolders.contains(nip);
    }

    public boolean runsOn(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }
}
