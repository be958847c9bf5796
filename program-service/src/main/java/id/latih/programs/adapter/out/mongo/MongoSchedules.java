package id.latih.programs.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.programs.application.Schedules;
import id.latih.programs.domain.Program;
import id.latih.programs.domain.ProgramStatus;
import id.latih.programs.domain.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

/** Finds bookings by facilitator or place and time, each lookup backed by a multikey index on the sessions. */
@Repository
class MongoSchedules implements Schedules {

    private static final String SESSIONS = "design.sessions";

    private final MongoTemplate mongo;

    MongoSchedules(MongoTemplate mongo) {
        this.mongo = mongo;
        for (String field : List.of("facilitator", "place")) {
            mongo.indexOps(ProgramDocument.COLLECTION).createIndex(new Index()
                    .on(SESSIONS + "." + field, Sort.Direction.ASC).on(SESSIONS + ".startsAt", Sort.Direction.ASC)
                    .named("sessions_" + field));
        }
    }

    @Override
    public List<Program> booking(String regionCode, Session session, String exceptProgramId) {
        List<Criteria> shared = new ArrayList<>();
        if (session.facilitator() != null && !session.facilitator().isBlank()) {
            shared.add(where("facilitator").is(session.facilitator()));
        }
        if (session.place() != null && !session.place().isBlank()) {
            shared.add(where("place").is(session.place()));
        }
        if (shared.isEmpty()) {
            return List.of();
        }
        Criteria overlapping = new Criteria().andOperator(new Criteria().orOperator(shared),
                where("startsAt").lt(session.endsAt()), where("endsAt").gt(session.startsAt()));
        return mongo.find(query(where("agencyCode").regex("^" + Pattern.quote(regionCode + "."))
                        .and("status").is(ProgramStatus.PUBLISHED).and("_id").ne(exceptProgramId)
                        .and(SESSIONS).elemMatch(overlapping)), ProgramDocument.class).stream()
                .map(ProgramDocument::toProgram).toList();
    }
}
