package id.latih.needs.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import id.latih.events.LatihEvent;
import id.latih.needs.application.ResultPage;
import id.latih.needs.application.SatisfactionSurveys;
import id.latih.needs.domain.SatisfactionSurvey;
import id.latih.platform.outbox.AggregateWrites;
import id.latih.platform.outbox.PendingEvent;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.ScopeCriteria;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Surveys in {@code satisfaction_surveys}. Lists filter on the agency (one code, or a region's or province's anchored
 * prefix), optionally the period, and sort by IKM or period; the three indexes serve those shapes, each ending in
 * {@code _id} so paging is stable across equal values.
 */
@Repository
class MongoSatisfactionSurveys implements SatisfactionSurveys {

    private final MongoTemplate mongo;
    private final AggregateWrites writes;

    MongoSatisfactionSurveys(MongoTemplate mongo, AggregateWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
        var indexes = mongo.indexOps(SatisfactionSurveyDocument.COLLECTION);
        indexes.createIndex(new Index().on("agencyCode", Direction.ASC).on("period", Direction.ASC)
                .on("ikm", Direction.ASC).on("_id", Direction.ASC).named("agency_period_ikm"));
        indexes.createIndex(new Index().on("agencyCode", Direction.ASC).on("ikm", Direction.ASC)
                .on("_id", Direction.ASC).named("agency_ikm"));
        indexes.createIndex(new Index().on("agencyCode", Direction.ASC).on("period", Direction.DESC)
                .on("_id", Direction.ASC).named("agency_latest_period"));
    }

    @Override
    public boolean addIfNew(SatisfactionSurvey survey, LatihEvent measured) {
        return writes.insertNew(SatisfactionSurveyDocument.of(survey, PendingEvent.allOf(measured)));
    }

    @Override
    public Optional<SatisfactionSurvey> find(String id) {
        return Optional.ofNullable(mongo.findById(id, SatisfactionSurveyDocument.class))
                .map(SatisfactionSurveyDocument::toSurvey);
    }

    @Override
    public ResultPage<SatisfactionSurvey> findVisibleTo(AgencyScope scope, String period, SurveyOrder order,
                                                        int page, int size) {
        Criteria criteria = ScopeCriteria.visibleTo(scope);
        if (period != null) {
            criteria = criteria.and("period").is(period);
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, SatisfactionSurveyDocument.class);
        query.with(sortOf(order)).skip((long) page * size).limit(size);
        return new ResultPage<>(mongo.find(query, SatisfactionSurveyDocument.class).stream()
                .map(SatisfactionSurveyDocument::toSurvey).toList(), page, size, total);
    }

    private static Sort sortOf(SurveyOrder order) {
        return switch (order) {
            case WORST_FIRST -> Sort.by(Direction.ASC, "ikm").and(Sort.by(Direction.ASC, "_id"));
            case BEST_FIRST -> Sort.by(Direction.DESC, "ikm").and(Sort.by(Direction.DESC, "_id"));
            case LATEST_PERIOD_FIRST -> Sort.by(Direction.DESC, "period").and(Sort.by(Direction.ASC, "_id"));
        };
    }
}
