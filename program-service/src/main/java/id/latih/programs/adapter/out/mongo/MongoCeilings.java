package id.latih.programs.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.programs.application.Ceilings;
import id.latih.programs.domain.BudgetCeiling;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** One document per agency and year, keyed by both, so setting a ceiling again replaces it. */
@Repository
class MongoCeilings implements Ceilings {

    static final String COLLECTION = "budgetCeilings";

    private final MongoTemplate mongo;

    MongoCeilings(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void set(BudgetCeiling c) {
        mongo.upsert(query(where("_id").is(key(c.agencyCode(), c.year()))), new Update()
                .set("agencyCode", c.agencyCode()).set("year", c.year()).set("ceiling", c.ceiling()), COLLECTION);
    }

    @Override
    public Optional<BudgetCeiling> find(String agencyCode, int year) {
        return Optional.ofNullable(mongo.findById(key(agencyCode, year), Document.class, COLLECTION))
                .map(d -> new BudgetCeiling(agencyCode, year, ((Number) d.get("ceiling")).longValue()));
    }

    private static String key(String agencyCode, int year) {
        return agencyCode + "/" + year;
    }
}
