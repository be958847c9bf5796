package id.latih.needs.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.needs.application.Competencies;
import id.latih.needs.application.ResultPage;
import id.latih.needs.domain.BuiltInCompetencies;
import id.latih.needs.domain.Competency;
import id.latih.needs.domain.CompetencyKind;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The dictionary in MongoDB. The national part is written at start-up (an idempotent save), so one indexed query
 * pages through national, shared and own competencies alike.
 */
@Repository
class MongoCompetencies implements Competencies {

    private final MongoTemplate mongo;

    MongoCompetencies(MongoTemplate mongo) {
        this.mongo = mongo;
        var indexes = mongo.indexOps(CompetencyDocument.COLLECTION);
        indexes.createIndex(new Index().on("code", Sort.Direction.ASC).on("ownerKey", Sort.Direction.ASC)
                .named("code_owner"));
        indexes.createIndex(new Index().on("ownerKey", Sort.Direction.ASC).on("kind", Sort.Direction.ASC)
                .on("code", Sort.Direction.ASC).named("owner_kind_code"));
        BuiltInCompetencies.ALL.forEach(this::save);
    }

    @Override
    public void save(Competency competency) {
        mongo.save(CompetencyDocument.of(competency));
    }

    @Override
    public Optional<Competency> findNearest(String code, List<String> ownerKeys) {
        Map<String, CompetencyDocument> byOwner = mongo.find(query(where("code").is(code).and("ownerKey")
                .in(ownerKeys)), CompetencyDocument.class).stream()
                .collect(Collectors.toMap(CompetencyDocument::ownerKey, Function.identity()));
        return ownerKeys.stream().map(byOwner::get).filter(d -> d != null).findFirst()
                .map(CompetencyDocument::toCompetency);
    }

    @Override
    public ResultPage<Competency> findVisible(Collection<String> ownerKeys, String ownerPrefix, CompetencyKind kind,
                                              int page, int size) {
        Criteria owners = ownerPrefix == null ? where("ownerKey").in(ownerKeys)
                : new Criteria().orOperator(where("ownerKey").in(ownerKeys),
                        where("ownerKey").regex("^" + Pattern.quote(ownerPrefix)));
        Query query = kind == null ? query(owners) : query(new Criteria().andOperator(owners,
                where("kind").is(kind)));
        long total = mongo.count(query, CompetencyDocument.class);
        query.with(Sort.by(Sort.Direction.ASC, "code").and(Sort.by(Sort.Direction.ASC, "ownerKey")))
                .skip((long) page * size).limit(size);
        List<Competency> items = mongo.find(query, CompetencyDocument.class).stream()
                .map(CompetencyDocument::toCompetency).toList();
        return new ResultPage<>(items, page, size, total);
    }
}
