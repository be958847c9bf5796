package id.latih.needs.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.needs.application.PositionStandards;
import id.latih.needs.application.ResultPage;
import id.latih.needs.domain.PositionStandard;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.ScopeCriteria;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoPositionStandards implements PositionStandards {

    private final MongoTemplate mongo;

    MongoPositionStandards(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(PositionStandardDocument.COLLECTION).createIndex(new Index()
                .on("agencyCode", Sort.Direction.ASC).on("positionKey", Sort.Direction.ASC).named("agency_position"));
    }

    @Override
    public void save(PositionStandard standard) {
        mongo.save(PositionStandardDocument.of(standard));
    }

    @Override
    public Optional<PositionStandard> find(String agencyCode, String positionTitle) {
        return Optional.ofNullable(mongo.findById(PositionStandardDocument.idOf(agencyCode, positionTitle),
                PositionStandardDocument.class)).map(PositionStandardDocument::toStandard);
    }

    @Override
    public ResultPage<PositionStandard> findVisibleTo(AgencyScope scope, int page, int size) {
        Query query = query(ScopeCriteria.visibleTo(scope));
        long total = mongo.count(query, PositionStandardDocument.class);
        query.with(Sort.by(Sort.Direction.ASC, "agencyCode").and(Sort.by(Sort.Direction.ASC, "positionKey")))
                .skip((long) page * size).limit(size);
        return new ResultPage<>(mongo.find(query, PositionStandardDocument.class).stream()
                .map(PositionStandardDocument::toStandard).toList(), page, size, total);
    }
}
