package id.latih.programs.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.programs.application.Effectiveness;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** One document per evaluation, keyed by its id: a redelivered EvaluationCompleted rewrites the same values. */
@Repository
class MongoEffectiveness implements Effectiveness {

    static final String COLLECTION = "evaluations";

    private final MongoTemplate mongo;

    MongoEffectiveness(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("programId", Sort.Direction.ASC).named("program"));
    }

    @Override
    public void record(String evaluationId, String programId, Double learningGain) {
        mongo.upsert(query(where("_id").is(evaluationId)), new Update().set("programId", programId)
                .set("learningGain", learningGain), COLLECTION);
    }

    @Override
    public Map<String, Double> meanGain(Collection<String> programIds) {
        Map<String, double[]> sums = new HashMap<>();
        mongo.find(query(where("programId").in(programIds).and("learningGain").ne(null)), Document.class, COLLECTION)
                .forEach(d -> {
                    double[] s = sums.computeIfAbsent(d.getString("programId"), k -> new double[2]);
                    s[0] += ((Number) d.get("learningGain")).doubleValue();
                    s[1]++;
                });
        Map<String, Double> means = new HashMap<>();
        sums.forEach((program, s) -> means.put(program, s[0] / s[1]));
        return means;
    }
}
