package id.latih.evaluations.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.evaluations.application.Questionnaires;
import id.latih.evaluations.domain.Questionnaire;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Repository;

@Repository
class MongoQuestionnaires implements Questionnaires {

    private final MongoTemplate mongo;

    MongoQuestionnaires(MongoTemplate mongo) {
        this.mongo = mongo;
        // An organiser's versions, latest first.
        mongo.indexOps(QuestionnaireDocument.COLLECTION).createIndex(new Index().on("agencyCode", Sort.Direction.ASC)
                .on("version", Sort.Direction.DESC).named("agency_version"));
    }

    @Override
    public Optional<Questionnaire> current(String organiserAgencyCode) {
        return Optional.ofNullable(mongo.findOne(query(where("agencyCode").is(organiserAgencyCode))
                        .with(Sort.by(Sort.Direction.DESC, "version")).limit(1), QuestionnaireDocument.class))
                .map(QuestionnaireDocument::toQuestionnaire);
    }

    @Override
    public Map<Integer, Questionnaire> versions(String organiserAgencyCode) {
        return mongo.find(query(where("agencyCode").is(organiserAgencyCode)), QuestionnaireDocument.class).stream()
                .map(QuestionnaireDocument::toQuestionnaire)
                .collect(Collectors.toMap(Questionnaire::version, Function.identity()));
    }

    @Override
    public boolean add(String organiserAgencyCode, Questionnaire questionnaire, Instant publishedAt) {
        try {
            mongo.insert(QuestionnaireDocument.of(organiserAgencyCode, questionnaire, publishedAt));
            return true;
        } catch (DuplicateKeyException published) {
            return false;
        }
    }
}
