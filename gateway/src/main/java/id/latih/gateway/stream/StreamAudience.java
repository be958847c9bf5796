package id.latih.gateway.stream;

import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.AgencyScope.Reach;
import id.latih.platform.security.Supervision;
import java.util.Set;

/**
 * What one subscriber may see of an event, by the same rule as every service's reads ({@link AgencyScope}):
 * <ul>
 *   <li>only events of agencies the caller reads ({@code canRead}): its own agency, or its region's or province's
 *       agencies for an analyst;</li>
 *   <li>an employee only events about themselves (the event's data names their NIP), a supervisor likewise: the
 *       gateway keeps no replica of who supervises whom, so their staff's events are not streamed;</li>
 *   <li>oversight (a region's or province's analyst) sees other agencies' events without personal data: the fact
 *       that an enrollment was confirmed, not whose; their own agency's events in full;</li>
 *   <li>only the types asked for, when any were.</li>
 * </ul>
 */
public final class StreamAudience {

    private final AgencyScope scope;
    private final Reach reach;
    private final Set<String> types;

    public StreamAudience(AgencyScope scope, Set<String> types) {
        this.scope = scope;
        this.reach = scope.requireReader();
        this.types = Set.copyOf(types);
    }

    String agency() {
        return scope.agencyCode();
    }

    /** How much of an event this subscriber gets. */
    enum Visibility { NONE, FULL, REDACTED }

    Visibility see(StreamEvent event) {
        if (!types.isEmpty() && !types.contains(event.ceType()) || !scope.canRead(event.agency())) {
            return Visibility.NONE;
        }
        if (reach == Reach.SELF || reach == Reach.STAFF) {
            return event.personNip() != null
                    && scope.canReadPerson(event.agency(), event.personNip(), Supervision.UNKNOWN)
                    ? Visibility.FULL : Visibility.NONE;
        }
        if (reach.atLeast(Reach.REGION) && !event.agency().equals(scope.agencyCode())) {
            return Visibility.REDACTED;
        }
        return Visibility.FULL;
    }

    /** The CloudEvent JSON this subscriber gets, or null when it may not see the event. */
    public String view(StreamEvent event) {
        return switch (see(event)) {
            case NONE -> null;
            case FULL -> event.full();
            case REDACTED -> event.redacted();
        };
    }
}
