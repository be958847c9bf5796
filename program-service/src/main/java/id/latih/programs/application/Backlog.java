package id.latih.programs.application;

import id.latih.events.NeedIdentified;
import id.latih.events.NeedStatusChanged;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Supervision;
import id.latih.programs.domain.BacklogNeed;
import id.latih.programs.domain.Demand;
import java.util.List;
import java.util.UUID;

/**
 * The local replica of the needs analysis: needs waiting for a program. Needs-service events apply only over an older
 * version of the need; a change to a need not replicated yet fails with {@code TargetNotYetCreatedException}, which
 * is retried until the need's NeedIdentified has been applied.
 */
public interface Backlog {

    void add(NeedIdentified need);

    void changeStatus(NeedStatusChanged change);

    /** Marks the needs as planned by the program, once per event; a need not replicated yet is retried. */
    void plan(List<String> needIds, String programId, UUID eventId);

    List<BacklogNeed> find(List<String> needIds);

    /**
     * The unplanned needs (still identified, planned by no program) of the agencies the caller reads, grouped by
     * agency and competency; {@code cycleYear} null for every cycle.
     */
    List<Demand> unplannedDemand(AgencyScope scope, Integer cycleYear);

    /**
     * A page of the needs the caller may read that match the filter: each names one employee, so employees and
     * supervisors see only theirs.
     */
    BacklogPage findVisibleTo(AgencyScope scope, Supervision supervision, BacklogPage.Filter filter,
                              BacklogPage.Request page);
}
