package id.latih.needs.application;

import id.latih.needs.domain.PositionStandard;
import id.latih.platform.security.AgencyScope;
import java.util.Optional;

/** Where the agencies' position standards live, one per agency and position. */
public interface PositionStandards {

    /** Stores the standard, replacing the one of the same agency and position. */
    void save(PositionStandard standard);

    Optional<PositionStandard> find(String agencyCode, String positionTitle);

    /** A page of the standards of the agencies the caller may read, by agency and position. */
    ResultPage<PositionStandard> findVisibleTo(AgencyScope scope, int page, int size);
}
