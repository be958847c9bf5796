package id.latih.evaluations.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.evaluations.application.SatisfactionMeasurements;
import id.latih.evaluations.domain.IkmMeasurement;
import java.util.Collection;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** One document per survey (its id is the key), so a redelivered event writes the same values again. */
@Repository
class MongoSatisfactionMeasurements implements SatisfactionMeasurements {

    static final String COLLECTION = "ikm_measurements";

    private final MongoTemplate mongo;

    MongoSatisfactionMeasurements(MongoTemplate mongo) {
        this.mongo = mongo;
        // A report reads the measurements of the participants' agencies.
        mongo.indexOps(COLLECTION).createIndex(new Index().on("agencyCode", Sort.Direction.ASC)
                .on("measuredAt", Sort.Direction.ASC).named("agency_measured"));
    }

    @Override
    public void record(String surveyId, IkmMeasurement m) {
        mongo.upsert(query(where("_id").is(surveyId)), new Update().set("agencyCode", m.agencyCode())
                .set("serviceUnit", m.serviceUnit()).set("period", m.period()).set("ikm", m.ikm())
                .set("measuredAt", m.measuredAt()), COLLECTION);
    }

    @Override
    public List<IkmMeasurement> ofAgencies(Collection<String> agencyCodes) {
        return mongo.find(query(where("agencyCode").in(agencyCodes)), Document.class, COLLECTION).stream()
                .map(d -> new IkmMeasurement(d.getString("agencyCode"), d.getString("serviceUnit"),
                        d.getString("period"), ((Number) d.get("ikm")).doubleValue(),
                        d.getDate("measuredAt").toInstant()))
                .toList();
    }
}
