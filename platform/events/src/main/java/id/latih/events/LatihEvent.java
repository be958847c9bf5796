package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What every Latih event carries. Records implement it; the wire type of each lives in {@link EventCatalog}.
 */
public interface LatihEvent {

    UUID eventId();

    Instant occurredAt();

    /** The agency (OPD) the fact belongs to, e.g. {@code 3273.DINKES}: region code, a dot, the agency. */
    String agencyCode();

    /** The id of the aggregate the fact is about: the Kafka key and the CloudEvents subject. */
    String aggregateId();
}
