package id.latih.needs.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.needs.application.AgencyAnalyses;
import id.latih.needs.application.AkpkVisibility;
import id.latih.needs.application.ResultPage;
import id.latih.needs.domain.AgencyAnalysis;
import id.latih.needs.domain.AkpkStatus;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * AKPKs carry no events: each step is one conditional write on the revision read. The region's lists filter by year
 * and agency prefix, the late list also by deadline, all ordered by agency: the (year, agencyCode) index serves them.
 */
@Repository
class MongoAgencyAnalyses implements AgencyAnalyses {

    private final MongoTemplate mongo;

    MongoAgencyAnalyses(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(AgencyAnalysisDocument.COLLECTION).createIndex(new Index().on("year", Sort.Direction.ASC)
                .on("agencyCode", Sort.Direction.ASC).named("year_agency"));
    }

    @Override
    public void open(AgencyAnalysis analysis) {
        try {
            mongo.insert(AgencyAnalysisDocument.of(analysis));
        } catch (DuplicateKeyException exists) {
            mongo.updateFirst(query(where("_id").is(analysis.id()).and("status").ne(AkpkStatus.APPROVED)),
                    new Update().set("deadline", analysis.deadline()), AgencyAnalysisDocument.class);
        }
    }

    @Override
    public Optional<AgencyAnalysis> find(String agencyCode, int year) {
        return Optional.ofNullable(mongo.findById(AgencyAnalysis.idFor(agencyCode, year),
                AgencyAnalysisDocument.class)).map(AgencyAnalysisDocument::toAnalysis);
    }

    @Override
    public boolean update(AgencyAnalysis read, AgencyAnalysis updated) {
        Document replacement = new Document();
        mongo.getConverter().write(AgencyAnalysisDocument.of(updated), replacement);
        return mongo.getCollection(AgencyAnalysisDocument.COLLECTION).replaceOne(
                new Document("_id", read.id()).append("revision", read.revision()), replacement)
                .getModifiedCount() == 1;
    }

    @Override
    public ResultPage<AgencyAnalysis> findVisibleTo(AkpkVisibility visibility, int year, LocalDate lateOn, int page,
                                                    int size) {
        Criteria criteria = where("year").is(year).and("agencyCode");
        criteria = visibility.agencyCode() != null ? criteria.is(visibility.agencyCode())
                : criteria.regex("^" + Pattern.quote(visibility.prefix()));
        if (lateOn != null) {
            criteria = criteria.and("status").ne(AkpkStatus.APPROVED).and("deadline").lt(lateOn);
        }
        Query query = query(criteria);
        long total = mongo.count(query, AgencyAnalysisDocument.class);
        query.with(Sort.by(Sort.Direction.ASC, "agencyCode")).skip((long) page * size).limit(size);
        return new ResultPage<>(mongo.find(query, AgencyAnalysisDocument.class).stream()
                .map(AgencyAnalysisDocument::toAnalysis).toList(), page, size, total);
    }
}
