package id.latih.needs.application;

import id.latih.events.LatihEvent;
import id.latih.needs.domain.Assessment;
import id.latih.needs.domain.Employee;
import id.latih.needs.domain.PerformanceRating;
import id.latih.needs.domain.Transfer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Where employees live. Each write is one atomic document write that also carries the events it causes. */
public interface EmployeeStore {

    /** Stores a new employee with its registration event; refuses a NIP that is already registered. */
    void register(Employee employee, LatihEvent registered);

    /**
     * Stores new employees, each with its registration event in its own document, in one round trip; returns the
     * NIPs not stored because they were registered meanwhile (every other one is stored).
     */
    Set<String> registerAll(Map<Employee, LatihEvent> registered);

    Optional<Employee> find(String nip);

    /** The registered employees among {@code nips}, by NIP: one read for a batch of imported rows. */
    Map<String, Employee> findAll(Collection<String> nips);

    /**
     * Replaces the profile of {@code read} with {@code updated} and its event in one write, only if the employee is
     * still at the version it was read with; returns whether it was.
     */
    boolean update(Employee read, Employee updated, LatihEvent event);

    void addAssessment(String nip, Assessment assessment);

    /** Sets the employee's performance rating of {@code year}, replacing one recorded before. */
    void recordPerformanceRating(String nip, int year, PerformanceRating rating);

    /**
     * Adds evidence that an event brought, once however often the event arrives; the employee must exist (an event
     * about an employee not registered yet is retried later).
     */
    void addAssessmentOnce(String nip, Assessment assessment, UUID eventId);

    /** The NIPs of the employees of the agency whose direct supervisor is {@code supervisorNip}. */
    Set<String> staffOf(String agencyCode, String supervisorNip);

    /**
     * Opens {@code transfer} on the employee it names, only if they are still with the releasing agency and no other
     * transfer is open for them; returns whether it was opened.
     */
    boolean openTransfer(Transfer transfer);

    /** The transfer open for the employee, if any. */
    Optional<Transfer> openTransferOf(String nip);

    /**
     * Moves the employee: {@code moved} replaces {@code held} with its event, the open transfer becomes
     * {@code decision} in the employee's history, and the releasing agency is marked as still holding needs of the
     * employee to release ({@link #releasesPending}), in one write, only if the employee is still at the version
     * read and the same transfer is open; returns whether it was.
     */
    boolean completeTransfer(Employee held, Employee moved, Transfer open, Transfer.Decision decision,
                             LatihEvent event);

    /** Employees moved by a transfer whose releasing agency's needs are not released yet, at most {@code limit}. */
    List<PendingRelease> releasesPending(int limit);

    /** Clears the mark that the needs of {@code nip} in {@code fromAgency} are still to be released. */
    void releaseDone(String nip, String fromAgency);

    /** Closes the open transfer as {@code decision} (rejected), only if the same transfer is still open. */
    boolean closeTransfer(Transfer open, Transfer.Decision decision);

    /**
     * Open transfers from or to the agencies whose code starts with {@code agencyPrefix} (an agency's own code is
     * matched exactly), oldest first.
     */
    ResultPage<Transfer> openTransfers(String agencyPrefix, boolean exact, int page, int size);
}
