package id.latih.programs.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.events.LatihEvent;
import id.latih.platform.outbox.AggregateWrites;
import id.latih.platform.outbox.PendingEvent;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.ScopeCriteria;
import id.latih.programs.application.CatalogPage;
import id.latih.programs.application.ProgramFilter;
import id.latih.programs.application.ProgramStore;
import id.latih.programs.domain.Program;
import id.latih.programs.domain.ProgramStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Programs with their pending events. The catalog's indexes: one per way it is narrowed (organiser, open-to
 * agency, competency, method), each followed by the start date that months and the default order use.
 */
@Repository
class MongoProgramStore implements ProgramStore {

    /** Candidates read for one need's suggestions: the soonest open programs of its competency. */
    private static final int SUGGESTION_POOL = 200;

    private final MongoTemplate mongo;
    private final AggregateWrites writes;

    MongoProgramStore(MongoTemplate mongo, AggregateWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
        for (String field : List.of("agencyCode", "openTo", "competencyCode", "method")) {
            mongo.indexOps(ProgramDocument.COLLECTION).createIndex(new Index().on(field, Sort.Direction.ASC)
                    .on("startDate", Sort.Direction.ASC).named("catalog_" + field));
        }
        mongo.indexOps(ProgramDocument.COLLECTION).createIndex(new Index().on("startDate", Sort.Direction.ASC)
                .named("catalog_startDate"));
        mongo.indexOps(ProgramDocument.COLLECTION).createIndex(new Index()
                .on("design.targets.competencyCode", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .on("startDate", Sort.Direction.ASC).named("suggestions"));
    }

    @Override
    public void add(Program program, List<LatihEvent> events) {
        if (!writes.insertNew(ProgramDocument.of(program, PendingEvent.allOf(events)))) {
            throw new IllegalStateException("Program id collision: " + program.id());
        }
    }

    @Override
    public boolean replace(Program p, long expectedVersion, List<LatihEvent> events) {
        Update change = new Update().set("title", p.title()).set("competencyCode", p.competencyCode())
                .set("route", p.route()).set("method", p.method()).set("jp", p.jp()).set("capacity", p.capacity())
                .set("startDate", p.startDate()).set("endDate", p.endDate()).set("needIds", p.needIds())
                .set("design", p.design()).set("openTo", List.copyOf(p.openTo())).set("status", p.status())
                .set("revision", p.revision()).set("version", p.version());
        return writes.update(query(where("_id").is(p.id()).and("version").is(expectedVersion)), change,
                ProgramDocument.class, events);
    }

    @Override
    public Optional<Program> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ProgramDocument.class)).map(ProgramDocument::toProgram);
    }

    @Override
    public List<Program> openFor(String agencyCode, String competencyCode) {
        Criteria reachable = new Criteria().orOperator(where("agencyCode").is(agencyCode),
                where("openTo").is(agencyCode));
        return mongo.find(query(new Criteria().andOperator(reachable, where("status").is(ProgramStatus.PUBLISHED),
                        where("design.targets.competencyCode").is(competencyCode)))
                        .with(Sort.by("startDate")).limit(SUGGESTION_POOL), ProgramDocument.class).stream()
                .map(ProgramDocument::toProgram).toList();
    }

    @Override
    public List<Program> organisedIn(AgencyScope scope, int year) {
        return mongo.find(query(ScopeCriteria.visibleTo(scope).and("startDate").gte(LocalDate.of(year, 1, 1))
                .lte(LocalDate.of(year, 12, 31)).and("status").ne(ProgramStatus.DRAFT)), ProgramDocument.class).stream().map(ProgramDocument::toProgram)
                .toList();
    }

    @Override
    public CatalogPage findVisibleTo(AgencyScope scope, ProgramFilter filter, CatalogPage.Request page) {
        List<Criteria> all = new ArrayList<>();
        all.add(new Criteria().orOperator(ScopeCriteria.visibleTo(scope), where("openTo").is(scope.agencyCode())));
        Optional.ofNullable(filter.competencyCode()).ifPresent(c -> all.add(where("competencyCode").is(c)));
        Optional.ofNullable(filter.method()).ifPresent(m -> all.add(where("method").is(m)));
        Optional.ofNullable(filter.agencyCode()).ifPresent(a -> all.add(where("agencyCode").is(a)));
        all.add(status(filter, scope));
        Optional.ofNullable(filter.month()).ifPresent(m -> all.add(where("startDate").gte(m.atDay(1))
                .lte(m.atEndOfMonth())));
        Query matching = new Query(new Criteria().andOperator(all));
        long total = mongo.count(matching, ProgramDocument.class);
        List<Program> programs = mongo.find(Query.of(matching).with(sort(page.order())).skip((long) page.page()
                        * page.size()).limit(page.size()), ProgramDocument.class).stream()
                .map(ProgramDocument::toProgram).toList();
        return new CatalogPage(programs, total);
    }

    /**
     * Drafts only when asked for, and then the caller's agency's; PUBLISHED and RUNNING are both stored as
     * published, told apart by the start date.
     */
    private static Criteria status(ProgramFilter filter, AgencyScope scope) {
        if (filter.status() == null) {
            return where("status").ne(ProgramStatus.DRAFT);
        }
        return switch (filter.status()) {
            case DRAFT -> where("status").is(ProgramStatus.DRAFT).and("agencyCode").is(scope.agencyCode());
            case PUBLISHED -> where("status").is(ProgramStatus.PUBLISHED).and("startDate").gt(filter.today());
            case RUNNING -> where("status").is(ProgramStatus.PUBLISHED).and("startDate").lte(filter.today());
            default -> where("status").is(filter.status());
        };
    }

    private static Sort sort(CatalogPage.Order order) {
        return switch (order) {
            case START_DATE -> Sort.by("startDate", "_id");
            case START_DATE_DESC -> Sort.by(Sort.Direction.DESC, "startDate", "_id");
            case TITLE -> Sort.by("title", "_id");
        };
    }
}
