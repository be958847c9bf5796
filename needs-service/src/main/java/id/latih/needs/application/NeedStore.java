package id.latih.needs.application;

import id.latih.events.LatihEvent;
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

    /** Moves the need from one status to another with its event, only if it is in {@code from}. */
    boolean transition(String id, NeedStatus from, NeedStatus to, LatihEvent changed);

    /** The needs the caller may read; a supervisor's staff come from {@code supervision}. */
    List<Need> findVisibleTo(AgencyScope scope, Supervision supervision);
}
