package id.latih.programs.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.programs.application.Seats;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * One document per enrollment: {@code confirmed} and the time of the event that set it. A later event replaces an
 * earlier one by a conditional update; an enrollment seen for the first time is inserted, and losing that race to
 * a concurrent insert means the other write is at least as new, which is left standing.
 */
@Repository
class MongoSeats implements Seats {

    static final String COLLECTION = "seats";

    private final MongoTemplate mongo;

    MongoSeats(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("programId", Sort.Direction.ASC)
                .on("confirmed", Sort.Direction.ASC).named("program_seats"));
    }

    @Override
    public void record(String enrollmentId, String programId, String agencyCode, boolean confirmed, Instant at) {
        boolean newer = mongo.updateFirst(query(where("_id").is(enrollmentId).and("at").lt(Date.from(at))),
                new Update().set("confirmed", confirmed).set("at", Date.from(at)), COLLECTION).getModifiedCount() == 1;
        if (newer || mongo.exists(query(where("_id").is(enrollmentId)), COLLECTION)) {
            return;
        }
        try {
            mongo.insert(new Document("_id", enrollmentId).append("programId", programId)
                    .append("agencyCode", agencyCode).append("confirmed", confirmed).append("at", Date.from(at)), COLLECTION);
        } catch (DuplicateKeyException raced) {
            record(enrollmentId, programId, agencyCode, confirmed, at);
        }
    }

    @Override
    public void completed(String enrollmentId, String programId, String agencyCode) {
        mongo.upsert(query(where("_id").is(enrollmentId)), new Update().set("completed", true)
                .setOnInsert("programId", programId).setOnInsert("agencyCode", agencyCode), COLLECTION);
    }

    @Override
    public Map<String, Held> heldIn(Collection<String> programIds) {
        Map<String, Held> held = new HashMap<>();
        mongo.find(query(where("programId").in(programIds).orOperator(where("confirmed").is(true),
                where("completed").is(true))), Document.class, COLLECTION).forEach(seat -> {
                    boolean completed = Boolean.TRUE.equals(seat.getBoolean("completed"));
                    held.merge(seat.getString("programId"), new Held(1, completed ? 1 : 0),
                            (a, b) -> new Held(a.seats() + b.seats(), a.completed() + b.completed()));
                });
        return held;
    }

    @Override
    public int confirmedIn(String programId) {
        return (int) mongo.count(query(where("programId").is(programId).and("confirmed").is(true)), COLLECTION);
    }
}
