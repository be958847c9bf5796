package id.latih.evaluations.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.evaluations.application.ProgramResults;
import id.latih.evaluations.domain.MonetaryBenefits;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** One document per program, written only by its organiser; a replace is one single-document upsert. */
@Repository
class MongoProgramResults implements ProgramResults {

    static final String COLLECTION = "program_results";

    private final MongoTemplate mongo;

    MongoProgramResults(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<MonetaryBenefits> benefitsOf(String programId) {
        Document found = mongo.findById(programId, Document.class, COLLECTION);
        if (found == null || found.get("monetaryBenefits") == null) {
            return Optional.empty();
        }
        return Optional.of(new MonetaryBenefits(((Number) found.get("monetaryBenefits")).longValue(),
                found.getString("benefitsBasis"), found.getDate("benefitsEnteredAt").toInstant()));
    }

    @Override
    public void enterBenefits(String programId, String organiserAgencyCode, MonetaryBenefits benefits) {
        mongo.upsert(query(where("_id").is(programId)), new Update().set("agencyCode", organiserAgencyCode)
                .set("monetaryBenefits", benefits.amount()).set("benefitsBasis", benefits.basis())
                .set("benefitsEnteredAt", benefits.enteredAt()), COLLECTION);
    }
}
