package id.latih.platform.security;

import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.query.Criteria;

/** The Mongo criterion that limits a query to what the caller may read. Every list query starts from it. */
public final class ScopeCriteria {

    public static final String AGENCY_FIELD = "agencyCode";

    private ScopeCriteria() {
    }

    public static Criteria visibleTo(AgencyScope scope) {
        String prefix = scope.visiblePrefix();
        if (prefix.equals(scope.agencyCode())) {
            return Criteria.where(AGENCY_FIELD).is(scope.agencyCode());
        }
        return Criteria.where(AGENCY_FIELD).regex("^" + Pattern.quote(prefix));
    }
}
