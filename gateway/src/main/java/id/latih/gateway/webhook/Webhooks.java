package id.latih.gateway.webhook;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The registered webhooks (collection {@code webhooks}); every query is by agency, with its index. */
final class Webhooks {

    private final ReactiveMongoTemplate mongo;

    Webhooks(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<Void> createIndexes() {
        return mongo.indexOps(Webhook.class)
                .createIndex(new Index().on("agency", Sort.Direction.ASC).on("createdAt", Sort.Direction.ASC)
                        .named("agency_created"))
                .then();
    }

    Mono<Webhook> insert(Webhook webhook) {
        return mongo.insert(webhook);
    }

    Mono<Long> countOf(String agency) {
        return mongo.count(Query.query(where("agency").is(agency)), Webhook.class);
    }

    /** One page of the agency's webhooks, oldest first. */
    Flux<Webhook> pageOf(String agency, int page, int size) {
        return mongo.find(Query.query(where("agency").is(agency)).with(Sort.by("createdAt", "_id"))
                .skip((long) page * size).limit(size), Webhook.class);
    }

    /** The webhook if it is the agency's: another agency's is as absent as one that never was. */
    Mono<Webhook> ofAgency(String agency, String id) {
        return mongo.findOne(Query.query(where("_id").is(id).and("agency").is(agency)), Webhook.class);
    }

    Mono<Webhook> byId(String id) {
        return mongo.findById(id, Webhook.class);
    }

    /** The agency's enabled webhooks: who receives an event of that agency. */
    Flux<Webhook> enabledOf(String agency) {
        return mongo.find(Query.query(where("agency").is(agency).and("enabled").is(true)), Webhook.class);
    }

    Mono<Boolean> remove(String agency, String id) {
        return mongo.remove(Query.query(where("_id").is(id).and("agency").is(agency)), Webhook.class)
                .map(result -> result.getDeletedCount() > 0);
    }

    Mono<Webhook> changeSecret(String agency, String id, String secret) {
        return modify(agency, id, new Update().set("secret", secret));
    }

    Mono<Webhook> enable(String agency, String id) {
        return modify(agency, id, new Update().set("enabled", true).set("disabledReason", null)
                .set("consecutiveFailures", 0));
    }

    /** Disables the webhook if it is still enabled; empty when it was not. */
    Mono<Webhook> disable(String id, String reason) {
        return mongo.findAndModify(Query.query(where("_id").is(id).and("enabled").is(true)),
                new Update().set("enabled", false).set("disabledReason", reason),
                FindAndModifyOptions.options().returnNew(true), Webhook.class);
    }

    Mono<Void> succeeded(String id) {
        return mongo.updateFirst(Query.query(where("_id").is(id).and("consecutiveFailures").gt(0)),
                new Update().set("consecutiveFailures", 0), Webhook.class).then();
    }

    /** Counts a failed attempt; the webhook after it. */
    Mono<Webhook> failed(String id) {
        return mongo.findAndModify(Query.query(where("_id").is(id)), new Update().inc("consecutiveFailures", 1),
                FindAndModifyOptions.options().returnNew(true), Webhook.class);
    }

    private Mono<Webhook> modify(String agency, String id, Update update) {
        return mongo.findAndModify(Query.query(where("_id").is(id).and("agency").is(agency)), update,
                FindAndModifyOptions.options().returnNew(true), Webhook.class);
    }

}
