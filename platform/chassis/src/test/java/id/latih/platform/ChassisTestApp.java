package id.latih.platform;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.events.NeedIdentified;
import id.latih.events.ProgramCancelled;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.messaging.AppliedEvents;
import id.latih.platform.messaging.EventHandler;
import id.latih.platform.outbox.AggregateWrites;
import id.latih.platform.outbox.OutboxRelay;
import id.latih.platform.outbox.PendingEvent;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.AgencyScopes;
import id.latih.platform.security.ScopeCriteria;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A minimal service built on the chassis, so each chassis piece can be tested on its own. */
@SpringBootApplication
public class ChassisTestApp {

    static final AtomicBoolean CANCELLATIONS_FAIL = new AtomicBoolean(true);

    record Parcel(@NotBlank String label, @Positive int weight) {
    }

    @RestController
    static class ParcelController {

        private final MongoTemplate mongo;
        private final OutboxRelay relay;

        ParcelController(MongoTemplate mongo, OutboxRelay relay) {
            this.mongo = mongo;
            this.relay = relay;
        }

        @PostMapping("/api/parcels")
        Document create(@Valid @RequestBody Parcel parcel) {
            if (parcel.label().startsWith("!")) {
                throw new InvalidValueException("label", "must not start with '!'");
            }
            AgencyScope scope = AgencyScopes.current();
            Document document = new Document("label", parcel.label()).append("agencyCode", scope.owningAgency());
            mongo.insert(document, "parcels");
            relay.wakeUp();
            return document;
        }

        @GetMapping("/api/parcels")
        List<Document> list() {
            return mongo.find(Query.query(ScopeCriteria.visibleTo(AgencyScopes.current())), Document.class,
                    "parcels");
        }
    }

    /** Counts every application of a NeedIdentified; idempotency means a redelivery must not count twice. */
    @Bean
    EventHandler<NeedIdentified> needCounter(AppliedEvents applied) {
        return EventHandler.of(NeedIdentified.class, event -> applied.applyOnce("need-counts", event.nip(),
                event.eventId(), new Update().inc("count", 1).set("agencyCode", event.agencyCode())));
    }

    /** Fails while the flag is up: the poison that must end in the dead-letter topic, then replay. */
    @Bean
    EventHandler<ProgramCancelled> flakyCancellations(MongoTemplate mongo) {
        return EventHandler.of(ProgramCancelled.class, event -> {
            if (CANCELLATIONS_FAIL.get()) {
                throw new IllegalStateException("cannot handle cancellations yet");
            }
            mongo.upsert(query(where("_id").is(event.programId())), new Update().set("seen", true), "cancellations");
        });
    }

    /** An aggregate document carrying its outbox, in the collection the application's relay serves. */
    @org.springframework.data.mongodb.core.mapping.Document("parcels-outbox")
    record OutboxParcel(@org.springframework.data.annotation.Id String id, List<PendingEvent> pendingEvents) {
    }

    record Need(@NotBlank String needId, @NotBlank String competencyCode) {
    }

    /** Records a need as an aggregate whose event carries the request's text, so a large request makes a large event. */
    @RestController
    static class NeedController {

        private final AggregateWrites writes;

        NeedController(AggregateWrites writes) {
            this.writes = writes;
        }

        @PostMapping("/api/needs")
        Document identify(@Valid @RequestBody Need need) {
            writes.insertNew(new OutboxParcel(need.needId(), PendingEvent.allOf(new NeedIdentified(UUID.randomUUID(),
                    Instant.now(), AgencyScopes.current().owningAgency(), need.needId(), "198503152010011001",
                    need.competencyCode(), "MANAJERIAL", 2, 3, "ASSESSMENT", 2026, 1))));
            return new Document("needId", need.needId());
        }
    }
}
