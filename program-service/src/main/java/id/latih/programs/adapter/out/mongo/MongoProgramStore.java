package id.latih.programs.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.events.LatihEvent;
import id.latih.platform.outbox.AggregateWrites;
import id.latih.platform.outbox.PendingEvent;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.ScopeCriteria;
import id.latih.programs.application.ProgramStore;
import id.latih.programs.domain.Program;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoProgramStore implements ProgramStore {

    private final MongoTemplate mongo;
    private final AggregateWrites writes;

    MongoProgramStore(MongoTemplate mongo, AggregateWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    @Override
    public void add(Program program, LatihEvent published) {
        if (!writes.insertNew(ProgramDocument.of(program, PendingEvent.allOf(published)))) {
            throw new IllegalStateException("Program id collision: " + program.id());
        }
    }

    @Override
    public boolean replace(Program p, long expectedVersion, LatihEvent event) {
        Update change = new Update().set("title", p.title()).set("competencyCode", p.competencyCode())
                .set("route", p.route()).set("method", p.method()).set("jp", p.jp()).set("capacity", p.capacity())
                .set("startDate", p.startDate()).set("endDate", p.endDate()).set("needIds", p.needIds())
                .set("design", p.design()).set("status", p.status()).set("revision", p.revision())
                .set("version", p.version());
        return writes.update(query(where("_id").is(p.id()).and("version").is(expectedVersion)), change,
                ProgramDocument.class, List.of(event));
    }

    @Override
    public Optional<Program> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ProgramDocument.class)).map(ProgramDocument::toProgram);
    }

    @Override
    public List<Program> findVisibleTo(AgencyScope scope) {
        return mongo.find(query(ScopeCriteria.visibleTo(scope)), ProgramDocument.class).stream()
                .map(ProgramDocument::toProgram).toList();
    }
}
