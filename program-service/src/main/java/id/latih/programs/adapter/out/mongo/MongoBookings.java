package id.latih.programs.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.platform.domain.RuleViolationException;
import id.latih.programs.application.Bookings;
import id.latih.programs.domain.Hold;
import id.latih.programs.domain.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * One document per resource, keyed by region, kind and name (the _id's unique index is the only index a lookup
 * needs). The first hold inserts it, so two first holds race on the key; every later change is an update guarded
 * by the version read. A writer that loses re-reads and decides again on what the winner stored.
 */
@Repository
class MongoBookings implements Bookings {

    /** Attempts before giving up on a resource that other writers keep changing. */
    private static final int ATTEMPTS = 20;

    private final MongoTemplate mongo;

    MongoBookings(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Hold> hold(Resource resource, List<Hold> wanted, Predicate<Hold> stillHeld) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            BookingDocument current = mongo.findById(resource.key(), BookingDocument.class);
            List<Hold> kept = new ArrayList<>();
            for (Hold held : current == null ? List.<Hold>of() : current.holds()) {
                boolean other = !held.programId().equals(wanted.get(0).programId());
                Optional<Hold> clash = wanted.stream().filter(held::overlaps).findFirst();
                if (other && clash.isPresent() && stillHeld.test(held)) {
                    return Optional.of(held);
                }
                if (!other || clash.isEmpty()) {
                    kept.add(held);
                }
            }
            kept.addAll(wanted);
            if (write(resource, current, kept)) {
                return Optional.empty();
            }
        }
        throw busy(resource);
    }

    @Override
    public void release(Resource resource, String programId, Predicate<Hold> keep) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            BookingDocument current = mongo.findById(resource.key(), BookingDocument.class);
            if (current == null) {
                return;
            }
            List<Hold> kept = current.holds().stream()
                    .filter(h -> !h.programId().equals(programId) || keep.test(h)).toList();
            if (kept.size() == current.holds().size() || write(resource, current, kept)) {
                return;
            }
        }
        throw busy(resource);
    }

    private boolean write(Resource resource, BookingDocument current, List<Hold> holds) {
        if (current == null) {
            try {
                mongo.insert(new BookingDocument(resource.key(), resource.regionCode(), resource.field(),
                        resource.name(), holds, 1));
                return true;
            } catch (DuplicateKeyException raced) {
                return false;
            }
        }
        return mongo.updateFirst(query(where("_id").is(current.id()).and("version").is(current.version())),
                new Update().set("holds", holds).set("version", current.version() + 1), BookingDocument.class)
                .getModifiedCount() == 1;
    }

    private static RuleViolationException busy(Resource resource) {
        return new RuleViolationException("concurrent-change", "The " + resource.field() + " " + resource.name()
                + " is being booked by others right now; try again");
    }
}
