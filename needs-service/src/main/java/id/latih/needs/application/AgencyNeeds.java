package id.latih.needs.application;

import id.latih.events.LatihEvent;
import id.latih.needs.domain.AgencyNeed;
import id.latih.needs.domain.NeedStatus;
import id.latih.needs.domain.StaffGap;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where the agencies' AKPK needs (per agency, year and competency) live. */
public interface AgencyNeeds {

    /**
     * Stores what an analysis found as the proposal of each need (new ones PROPOSED), and marks every other need
     * of the agency and year as no longer supported. Changes no status and announces nothing.
     */
    void propose(String agencyCode, int cycleYear, List<AgencyNeed> found);

    /** Each need of the agency and year, one at a time (a need may carry thousands of staff). */
    void forEachOf(String agencyCode, int cycleYear, Consumer<AgencyNeed> need);

    Optional<AgencyNeed> find(String id);

    /**
     * Sets the need's status, version and published fingerprint with its event in one write, if it is still at the
     * revision it was read with; returns whether it was.
     */
    boolean publish(AgencyNeed read, NeedStatus status, long version, String fingerprint, LatihEvent event);

    /** The needs whose staff include {@code nip}, of any status, newest year first, at most {@code limit}. */
    List<AgencyNeedSummary> findWith(String nip, int limit);

    /** The open needs for the competency whose staff include {@code nip}. */
    List<AgencyNeed> findOpenWith(String nip, String competencyCode);

    /**
     * Sets staff member {@code index}'s part to {@code updated}, and, with a non-null {@code resolved} event, the need
     * RESOLVED at the event's version, in one write if the need is still at the revision read; returns whether so.
     */
    boolean observe(AgencyNeed read, int index, StaffGap updated, LatihEvent resolved);

    /**
     * Records that {@code nip} completed a training for the need and, with a non-null {@code addressed} event, sets it
     * ADDRESSED at the event's version, in one write if the need is still at the revision read; returns whether so.
     */
    boolean address(AgencyNeed read, String nip, LatihEvent addressed);

    /** The needs of {@code agencyCode} whose staff include {@code nip}, proposed or open, of any year. */
    List<AgencyNeed> findLiveWith(String nip, String agencyCode);

    /**
     * Replaces the need's staff, priority, status, version and fingerprint by {@code after}'s, with {@code event}
     * (null: none) in one write, if the need is still at the revision read; returns whether it was.
     */
    boolean release(AgencyNeed read, AgencyNeed after, LatihEvent event);

    /** A page of the needs the caller may read (without their staff lists), narrowed and ordered. */
    ResultPage<AgencyNeedSummary> findVisibleTo(AkpkVisibility visibility, AgencyNeedFilter filter, int page,
                                                int size);
}
