package id.latih.gateway.webhook;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Collection;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The deliveries (collection {@code webhook_deliveries}): the pending ones are the webhooks' durable queue, the rest
 * their delivery log. Indexes: due deliveries by state and time, a webhook's log by time, its backlog by state.
 */
final class Deliveries {

    private final ReactiveMongoTemplate mongo;

    Deliveries(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<Void> createIndexes() {
        var ops = mongo.indexOps(Delivery.class);
        return ops.createIndex(new Index().on("state", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC)
                        .named("due"))
                .then(ops.createIndex(new Index().on("webhookId", Sort.Direction.ASC)
                        .on("createdAt", Sort.Direction.DESC).named("log")))
                .then(ops.createIndex(new Index().on("webhookId", Sort.Direction.ASC).on("state", Sort.Direction.ASC)
                        .named("backlog")))
                .then();
    }

    /**
     * Accepts a delivery; one that was accepted before (same webhook and event, e.g. a Kafka record taken in again)
     * stays as it is.
     */
    Mono<Void> accept(Delivery delivery) {
        return mongo.upsert(Query.query(where("_id").is(delivery.id())), Update.fromDocument(
                        new org.bson.Document("$setOnInsert", toDocument(delivery))), Delivery.class)
                .then();
    }

    private org.bson.Document toDocument(Delivery delivery) {
        org.bson.Document document = new org.bson.Document();
        mongo.getConverter().write(delivery, document);
        document.remove("_id");
        document.remove("_class");
        return document;
    }

    Mono<Long> backlogOf(String webhookId) {
        return mongo.count(Query.query(where("webhookId").is(webhookId)
                .and("state").in(Delivery.State.PENDING, Delivery.State.PAUSED)), Delivery.class);
    }

    /** Due deliveries, oldest due first, leaving out the webhooks this instance has no free slot for. */
    Flux<Delivery> due(Instant now, Collection<String> busyWebhooks, int limit) {
        Query query = Query.query(where("state").is(Delivery.State.PENDING).and("nextAttemptAt").lte(now)
                .and("leaseUntil").lte(now));
        if (!busyWebhooks.isEmpty()) {
            query.addCriteria(where("webhookId").nin(busyWebhooks));
        }
        return mongo.find(query.with(Sort.by("nextAttemptAt")).limit(limit), Delivery.class);
    }

    /**
     * Claims a due delivery for this instance until {@code leaseUntil}: one conditional single-document update, so of
     * several instances exactly one gets it. Empty when another instance was first.
     */
    Mono<Delivery> claim(String id, Instant now, Instant leaseUntil) {
        return mongo.findAndModify(Query.query(where("_id").is(id).and("state").is(Delivery.State.PENDING)
                        .and("leaseUntil").lte(now)), new Update().set("leaseUntil", leaseUntil),
                FindAndModifyOptions.options().returnNew(true), Delivery.class);
    }

    /** Records an attempt's outcome, if this instance still holds the delivery (its lease is unchanged). */
    Mono<Void> record(Delivery claimed, Delivery.State state, int status, String error, Instant next, Instant now) {
        Update update = new Update().set("state", state).inc("attempts", 1).set("lastStatus", status)
                .set("lastError", error).set("nextAttemptAt", next).set("leaseUntil", now);
        if (state == Delivery.State.DELIVERED || state == Delivery.State.FAILED) {
            update.set("finishedAt", now);
        }
        return mongo.updateFirst(Query.query(where("_id").is(claimed.id()).and("leaseUntil").is(claimed.leaseUntil())),
                update, Delivery.class).then();
    }

    /** Pauses one claimed delivery whose webhook was disabled meanwhile (an attempt ended after the disabling). */
    Mono<Void> pause(Delivery claimed, Instant now) {
        return mongo.updateFirst(Query.query(where("_id").is(claimed.id()).and("leaseUntil").is(claimed.leaseUntil())),
                new Update().set("state", Delivery.State.PAUSED).set("leaseUntil", now), Delivery.class).then();
    }

    /** Pauses the webhook's pending deliveries (it was disabled), or resumes its paused ones now (re-enabled). */
    Mono<Void> move(String webhookId, Delivery.State from, Delivery.State to, Instant now) {
        return mongo.updateMulti(Query.query(where("webhookId").is(webhookId).and("state").is(from)),
                new Update().set("state", to).set("nextAttemptAt", now), Delivery.class).then();
    }

    /** One page of the webhook's log, newest first. */
    Flux<Delivery> pageOf(String webhookId, int page, int size) {
        return mongo.find(Query.query(where("webhookId").is(webhookId))
                .with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id")))
                .skip((long) page * size).limit(size), Delivery.class);
    }

    Mono<Void> removeOf(String webhookId) {
        return mongo.remove(Query.query(where("webhookId").is(webhookId)), Delivery.class).then();
    }
}
