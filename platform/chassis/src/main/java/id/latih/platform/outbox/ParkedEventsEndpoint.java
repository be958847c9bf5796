package id.latih.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code GET /actuator/parkedevents} lists the events the broker refused for good, with the reason;
 * {@code POST /actuator/parkedevents} publishes every one of them again, once the cause is fixed (a topic's size
 * limit raised, a topic created). One that is refused again stays parked with the new reason. Like every actuator
 * endpoint but health and metrics, it needs a PLATFORM_OPERATOR token.
 */
@Endpoint(id = "parkedevents")
public class ParkedEventsEndpoint {

    private final ParkedEvents parked;
    private final EventPublisher publisher;
    private final OutboxProperties properties;

    public ParkedEventsEndpoint(ParkedEvents parked, EventPublisher publisher, OutboxProperties properties) {
        this.parked = parked;
        this.publisher = publisher;
        this.properties = properties;
    }

    /** What an operator sees of a parked event: enough to find the cause, not the body. */
    public record ParkedView(String eventId, String type, String topic, String subject, String agencyCode,
                             String collection, String reason, int attempts, String parkedAt) {
    }

    @ReadOperation
    public List<ParkedView> list() {
        return parked.list().stream().map(p -> new ParkedView(p.eventId(), p.event().ceType(), p.event().topic(),
                p.event().subject(), p.event().agencyCode(), p.collection(), p.reason(), p.attempts(),
                p.parkedAt().toString())).toList();
    }

    @WriteOperation
    public Map<String, Object> republish() {
        int republished = 0;
        List<String> stillParked = new ArrayList<>();
        for (ParkedEvents.Parked event : parked.list()) {
            try {
                publisher.send(event.event()).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                parked.remove(event.eventId());
                republished++;
            } catch (ExecutionException refused) {
                parked.stillRefused(event.eventId(), refused.getCause().toString());
                stillParked.add(event.eventId());
            } catch (TimeoutException e) {
                parked.stillRefused(event.eventId(), "no acknowledgement within " + properties.sendTimeout());
                stillParked.add(event.eventId());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Map.of("republished", republished, "stillParked", stillParked);
    }
}
