package id.latih.programs.application;

import id.latih.events.EnrollmentCancelled;
import id.latih.events.EnrollmentConfirmed;
import org.springframework.stereotype.Service;

/** Keeps the confirmed seats of each program in step with enrollment. */
@Service
public class SeatUpdates {

    private final Seats seats;

    public SeatUpdates(Seats seats) {
        this.seats = seats;
    }

    public void enrollmentConfirmed(EnrollmentConfirmed e) {
        seats.record(e.enrollmentId(), e.programId(), e.agencyCode(), true, e.occurredAt());
    }

    public void enrollmentCancelled(EnrollmentCancelled e) {
        seats.record(e.enrollmentId(), e.programId(), e.agencyCode(), false, e.occurredAt());
    }
}
