package id.latih.platform.security;

import java.util.Set;

/**
 * Who supervises whom, as far as a service knows it: the NIPs of the staff a supervisor leads in an agency. The token
 * names only the supervisor; the staff come from the service's own employee records or replica.
 */
@FunctionalInterface
public interface Supervision {

    /** For a service that knows nothing of supervision: a supervisor sees only their own records there. */
    Supervision UNKNOWN = (agencyCode, supervisorNip) -> Set.of();

    Set<String> staffOf(String agencyCode, String supervisorNip);
}
