package id.latih.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The relay's reads and writes on the aggregate collections. Reads go through the index on {@link OutboxMarker#DUE}
 * and fetch only the id, the pending events and the failure counts; a pass's writes to one collection go in one
 * bulk request.
 */
class OutboxDocuments {

    private final MongoTemplate mongo;

    OutboxDocuments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Creates the marker's index (sparse: only documents with something pending are in it) and marks documents
     * written before the marker existed, so none is forgotten. Idempotent; run at every start.
     */
    void prepare(String collection) {
        mongo.indexOps(collection).createIndex(new Index(OutboxMarker.DUE, Sort.Direction.ASC).sparse()
                .named("outbox_due"));
        mongo.updateMulti(query(where(PendingEvent.FIELD + ".0").exists(true).and(OutboxMarker.DUE).exists(false)),
                OutboxMarker.markDue(new Update(), Instant.now()), collection);
    }

    /** The documents whose first pending event is due, the longest waiting first. */
    List<DueDocument> due(String collection, Instant now, int limit) {
        Query due = query(OutboxMarker.dueBy(now)).with(Sort.by(OutboxMarker.DUE)).limit(limit);
        due.fields().include("_id", PendingEvent.FIELD, OutboxMarker.RETRY);
        return mongo.find(due, Document.class, collection).stream().map(d -> read(collection, d)).toList();
    }

    private static DueDocument read(String collection, Document d) {
        Document retry = d.get(OutboxMarker.RETRY, Document.class);
        return new DueDocument(collection, d.get("_id"),
                d.getList(PendingEvent.FIELD, Document.class, List.of()).stream()
                        .map(PendingEventDocuments::read).toList(),
                retry == null ? 0 : retry.getInteger("attempts", 0),
                retry == null ? 0 : retry.getInteger("refusals", 0));
    }

    /**
     * Removes what was published or parked and records failures, in one bulk request. A document whose every pending
     * event is gone is emptied and unmarked in the same write, on condition that its list is still what the pass read
     * (see {@link #unchangedSinceRead}); if a command appended meanwhile, only the published ids are pulled and the
     * marker stays.
     */
    void settle(String collection, List<Settlement> settlements) {
        if (settlements.isEmpty()) {
            return;
        }
        BulkOperations writes = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        List<Settlement> emptying = settlements.stream().filter(Settlement::emptiesDocument).toList();
        settlements.forEach(s -> {
            if (s.emptiesDocument()) {
                writes.updateOne(unchangedSinceRead(s),
                        new Update().set(PendingEvent.FIELD, List.of()).unset(OutboxMarker.DUE)
                                .unset(OutboxMarker.RETRY));
            } else {
                writes.updateOne(byId(s.id()), changeOf(s));
            }
        });
        int emptied = writes.execute().getMatchedCount() - (settlements.size() - emptying.size());
        if (emptied < emptying.size()) {
            pullThenUnmark(collection, emptying);
        }
    }

    /**
     * The list still holds as many events as the pass read and ends with the last one it read. Commands only append
     * and relays only remove, so such a list holds nothing but what was read, even if another relay removed some of
     * it meanwhile and a command appended others.
     */
    private static Query unchangedSinceRead(Settlement s) {
        Query unchanged = byId(s.id()).addCriteria(where(PendingEvent.FIELD).size(s.read()));
        return s.lastRead() == null ? unchanged : unchanged.addCriteria(
                where(PendingEvent.FIELD + "." + (s.read() - 1) + ".eventId").is(s.lastRead()));
    }

    /** The careful way, for documents a command appended to meanwhile: pull, then unmark only if now empty. */
    private void pullThenUnmark(String collection, List<Settlement> settlements) {
        BulkOperations pull = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        settlements.forEach(s -> pull.updateOne(byId(s.id()), changeOf(s)));
        pull.execute();
        BulkOperations unmark = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        settlements.forEach(s -> unmark.updateOne(byId(s.id()).addCriteria(OutboxMarker.nothingPending()),
                new Update().unset(OutboxMarker.DUE)));
        unmark.execute();
    }

    private static Update changeOf(Settlement s) {
        Update update = new Update();
        if (!s.removed().isEmpty()) {
            update.pull(PendingEvent.FIELD, new Document("eventId", new Document("$in", s.removed())));
        }
        if (s.retry() == null) {
            return update.unset(OutboxMarker.RETRY);
        }
        return update.set(OutboxMarker.RETRY, new Document("attempts", s.retry().attempts())
                        .append("refusals", s.retry().refusals()))
                .set(OutboxMarker.DUE, Date.from(s.retry().due()));
    }

    private static Query byId(Object id) {
        return query(where("_id").is(id));
    }
}
