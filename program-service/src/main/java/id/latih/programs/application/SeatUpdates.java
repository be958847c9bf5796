package id.latih.programs.application;

import id.latih.events.EnrollmentCancelled;
import id.latih.events.EnrollmentConfirmed;
import id.latih.events.TrainingCompleted;
import org.springframework.stereotype.Service;

/** Keeps the seats held and the completions of each program in step with enrollment. */
@Service
public class SeatUpdates {

    private final Seats seats;

    public SeatUpdates(Seats seats) {
        this.seats = seats;
    }

    public void enrollmentConfirmed(EnrollmentConfirmed e) {
        seats.record(e.enrollmentId(), e.programId(), e.agencyCode(), true, e.occurredAt());
    }

    public void trainingCompleted(TrainingCompleted e) {
        seats.completed(e.enrollmentId(), e.programId(), e.agencyCode());
    }

    public void enrollmentCancelled(EnrollmentCancelled e) {
        seats.record(e.enrollmentId(), e.programId(), e.agencyCode(), false, e.occurredAt());
    }
}
