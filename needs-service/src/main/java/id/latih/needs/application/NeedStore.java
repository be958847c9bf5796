package id.latih.needs.application;

import id.latih.events.LatihEvent;
import id.latih.events.NeedStatusChanged;
import id.latih.needs.domain.Need;
import id.latih.needs.domain.NeedStatus;
import java.util.List;
import java.util.Optional;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Supervision;

/** Where needs live. */
public interface NeedStore {

    /** Stores the need with its event unless a need with the same id exists; returns whether it was new. */
    boolean addIfNew(Need need, LatihEvent identified);

    Optional<Need> find(String id);

    /** The employee's need for the competency of the latest cycle year, whatever its status. */
    Optional<Need> findLatest(String nip, String competencyCode);

    /** The open (IDENTIFIED or ADDRESSED) needs of the employee for the competency, of any cycle year. */
    List<Need> findOpen(String nip, String competencyCode);

    /** The open (IDENTIFIED or ADDRESSED) needs of the employee recorded by {@code agencyCode}, of any year. */
    List<Need> findOpenOf(String nip, String agencyCode);

    /**
     * Moves the need to {@code to} with its event, only if it is still in the status and version it was read with;
     * the need takes the event's version.
     */
    boolean transition(Need read, NeedStatus to, NeedStatusChanged changed);

    /**
     * A page of the needs the caller may read, narrowed by {@code filter}; a supervisor's staff come from
     * {@code supervision}.
     */
    ResultPage<Need> findVisibleTo(AgencyScope scope, Supervision supervision, NeedFilter filter,
                                   NeedFilter.NeedOrder order, int page, int size);
}
