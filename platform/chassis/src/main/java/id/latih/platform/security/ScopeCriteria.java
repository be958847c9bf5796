package id.latih.platform.security;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.query.Criteria;

/** The Mongo criterion that limits a query to what the caller may read. Every list query starts from it. */
public final class ScopeCriteria {

    public static final String AGENCY_FIELD = "agencyCode";

    private ScopeCriteria() {
    }

    /** Records of agencies the caller may read that are not about one person (programs, offerings). */
    public static Criteria visibleTo(AgencyScope scope) {
        String prefix = scope.visiblePrefix();
        if (prefix.equals(scope.agencyCode())) {
            return Criteria.where(AGENCY_FIELD).is(scope.agencyCode());
        }
        return Criteria.where(AGENCY_FIELD).regex("^" + Pattern.quote(prefix));
    }

    /**
     * Records about one person each, whose NIP is in {@code nipField}: an employee sees their own, a supervisor their
     * own and their staff's, every wider reach as {@link #visibleTo(AgencyScope)}.
     */
    public static Criteria visibleTo(AgencyScope scope, String nipField, Supervision supervision) {
        Criteria agency = visibleTo(scope);
        return switch (scope.reach()) {
            case SELF -> agency.and(nipField).is(scope.nip());
            case STAFF -> {
                Set<String> people = new HashSet<>(supervision.staffOf(scope.agencyCode(), scope.nip()));
                people.add(scope.nip());
                yield agency.and(nipField).in(people);
            }
            default -> agency;
        };
    }
}
