package id.latih.enrollments.adapter.in.web;

import id.latih.enrollments.domain.Offering;
import java.time.LocalDate;

/**
 * An open program as every caller of its region sees it: seat counts only. Who holds the seats is each
 * participant's own business and their agency's, so no NIP appears here. {@code overCapacity} counts the seated
 * beyond a capacity that a revision lowered: they keep their seats, and the organiser sees how many they are.
 */
record OfferingView(String programId, String agencyCode, String title, String competencyCode, int jp, int capacity,
                    int seatsTaken, int seatsLeft, int overCapacity, LocalDate startDate, LocalDate endDate,
                    String status) {

    static OfferingView of(Offering o, int seatsHeld) {
        return new OfferingView(o.programId(), o.agencyCode(), o.title(), o.competencyCode(), o.jp(), o.capacity(),
                seatsHeld, Math.max(0, o.capacity() - seatsHeld), o.overCapacity(seatsHeld), o.startDate(),
                o.endDate(), o.status().name());
    }
}
