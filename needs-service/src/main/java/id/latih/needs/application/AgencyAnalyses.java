package id.latih.needs.application;

import id.latih.needs.domain.AgencyAnalysis;
import java.time.LocalDate;
import java.util.Optional;

/** Where the agencies' AKPKs live, one per agency and year. */
public interface AgencyAnalyses {

    /** Stores the AKPK unless the agency has one for the year; sets the deadline of one not yet approved. */
    void open(AgencyAnalysis analysis);

    Optional<AgencyAnalysis> find(String agencyCode, int year);

    /** Replaces {@code read} with {@code updated} if nobody changed it since it was read; returns whether it did. */
    boolean update(AgencyAnalysis read, AgencyAnalysis updated);

    /**
     * A page of the AKPKs of {@code year} of the agencies the caller may read, by agency; with {@code lateOn} only
     * those not approved by a deadline before that date.
     */
    ResultPage<AgencyAnalysis> findVisibleTo(AkpkVisibility visibility, int year, LocalDate lateOn, int page,
                                             int size);
}
