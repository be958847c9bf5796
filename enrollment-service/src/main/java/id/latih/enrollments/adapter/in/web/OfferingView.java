package id.latih.enrollments.adapter.in.web;

import id.latih.enrollments.domain.Offering;
import java.time.LocalDate;

/**
 * An open program as every caller of its region sees it: seat counts only. Who holds the seats is each
 * participant's own business and their agency's, so no NIP appears here.
 */
record OfferingView(String programId, String agencyCode, String title, String competencyCode, int jp, int capacity,
                    int seatsTaken, int seatsLeft, LocalDate startDate, LocalDate endDate, String status) {

    static OfferingView of(Offering o) {
        return new OfferingView(o.programId(), o.agencyCode(), o.title(), o.competencyCode(), o.jp(), o.capacity(),
                o.seatsTaken(), Math.max(0, o.capacity() - o.seatsTaken()), o.startDate(), o.endDate(),
                o.status().name());
    }
}
