package id.latih.enrollments.application;

import id.latih.enrollments.domain.Attendance;
import id.latih.enrollments.domain.Certificate;
import id.latih.enrollments.domain.Enrollment;
import id.latih.enrollments.domain.EnrollmentStatus;
import id.latih.events.LatihEvent;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Supervision;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Enrollments and the seats they hold. A seat is a field of the enrollment that holds it, unique per program and
 * seat number in the store: taking a seat, recording the enrollment and its event is one single-document write.
 */
public interface Enrollments {

    /**
     * Stores a new enrollment, its seat if it holds one, the caller's request key if given, and its event, in one
     * write. False, writing nothing, if the employee is already enrolled, the seat is held by someone else, or the
     * request key was used before.
     */
    boolean add(Enrollment enrollment, String seatBlock, String requestKey, LatihEvent event);

    Optional<Enrollment> find(String id);

    /** The enrollment a caller's earlier request with the same key created. */
    Optional<Enrollment> findByRequestKey(String requestKey);

    /** The seat numbers held in one block of a program's seats now. */
    Set<Integer> seatsHeld(String programId, String seatBlock);

    /** How many seats are held in each of the programs. */
    Map<String, Integer> seatCounts(Collection<String> programIds);

    long waiting(String programId);

    /**
     * Whether anyone waits for the program among the employees of {@code agencies}, or, when it is empty, among the
     * employees of every agency not in {@code excluded}.
     */
    boolean anyWaiting(String programId, Set<String> agencies, Set<String> excluded);

    /** The program's waitlisted enrollments, first arrived first, at most {@code limit}. */
    List<Enrollment> waitingInOrder(String programId, int limit);

    /** The programs that have someone waiting. */
    List<String> programsWithWaitlist();

    /** The enrollments of a program still confirmed or waitlisted. */
    List<Enrollment> findActive(String programId);

    /** Gives a still waitlisted enrollment its seat with its event; false if it is no longer waiting or the seat is held. */
    boolean promote(Enrollment promoted, String seatBlock, LatihEvent confirmed);

    /**
     * Turns a still pending request into the approved enrollment (confirmed with its seat, or waitlisted with its
     * arrival number) with its event, in one write; false if it is no longer pending or the seat is held.
     */
    boolean approve(Enrollment approved, String seatBlock, LatihEvent event);

    /** Cancels a still confirmed or waitlisted enrollment, releasing its seat, with its event. */
    boolean cancel(String id, LatihEvent cancelled);

    /** Adds the record while the enrollment is confirmed and has none for that date yet. */
    boolean addAttendance(String id, Attendance attendance, LatihEvent recorded);

    /** What became of an attempt to end an enrollment. */
    enum Finish {
        FINISHED,
        /** The enrollment is no longer confirmed: someone else ended or cancelled it first. */
        NOT_CONFIRMED,
        /** Another certificate already has the number; nothing was written. */
        NUMBER_TAKEN
    }

    /**
     * Ends a confirmed enrollment with the given status, the day it was decided, the JP earned (0 when not
     * completed), its certificate (null when not completed) and its event, all in one write, releasing nothing: the
     * seat was used. Certificate numbers are unique in the store.
     */
    Finish finish(String id, EnrollmentStatus status, LocalDate decidedOn, int jpEarned, Certificate certificate,
                  LatihEvent outcome);

    /** A certificate with the enrollment it was issued for. */
    record Certified(Enrollment enrollment, Certificate certificate) {
    }

    /** The certificate issued under the number, if any. */
    Optional<Certified> findCertificate(String number);

    /** One page of enrollments and how many there are in all. */
    record Page(List<Enrollment> items, long total) {
    }

    /**
     * One page of the enrollments the caller may read (a supervisor's staff come from {@code supervision}), of one
     * program and one status when given, by program then NIP.
     */
    Page findVisibleTo(AgencyScope scope, Supervision supervision, String programId, EnrollmentStatus status,
                       int page, int size);
}
