package id.latih.needs.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.needs.application.EmployeeImports;
import id.latih.needs.application.ImportReport;
import id.latih.needs.application.ImportReportLine;
import id.latih.needs.application.ResultPage;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Import reports. Lines are inserted a batch at a time (one round trip per batch); each list query has its index:
 * lines by (importId, row) or (importId, outcome, row), an agency's imports by (agencyCode, importedAt).
 */
@Repository
class MongoEmployeeImports implements EmployeeImports {

    private final MongoTemplate mongo;

    MongoEmployeeImports(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(ImportReportLineDocument.COLLECTION).createIndex(new Index().on("importId", Sort.Direction.ASC)
                .on("row", Sort.Direction.ASC).named("lines"));
        mongo.indexOps(ImportReportLineDocument.COLLECTION).createIndex(new Index().on("importId", Sort.Direction.ASC)
                .on("outcome", Sort.Direction.ASC).on("row", Sort.Direction.ASC).named("lines_by_outcome"));
        mongo.indexOps(EmployeeImportDocument.COLLECTION).createIndex(new Index().on("agencyCode", Sort.Direction.ASC)
                .on("importedAt", Sort.Direction.DESC).named("agency_imports"));
    }

    @Override
    public void save(ImportReport report) {
        mongo.save(EmployeeImportDocument.of(report));
    }

    @Override
    public void addLines(List<ImportReportLine> lines) {
        mongo.insert(lines.stream().map(ImportReportLineDocument::of).toList(), ImportReportLineDocument.COLLECTION);
    }

    @Override
    public void discardLines(String importId) {
        mongo.remove(query(where("importId").is(importId)), ImportReportLineDocument.COLLECTION);
    }

    @Override
    public Optional<ImportReport> find(String importId) {
        return Optional.ofNullable(mongo.findById(importId, EmployeeImportDocument.class))
                .map(EmployeeImportDocument::toReport);
    }

    @Override
    public ResultPage<ImportReportLine> lines(String importId, ImportReportLine.Outcome outcome, int page, int size) {
        Criteria criteria = where("importId").is(importId);
        if (outcome != null) {
            criteria = criteria.and("outcome").is(outcome);
        }
        Query query = query(criteria);
        long total = mongo.count(query, ImportReportLineDocument.class);
        List<ImportReportLine> lines = mongo.find(query.with(Sort.by("row")).skip((long) page * size).limit(size),
                ImportReportLineDocument.class).stream().map(ImportReportLineDocument::toLine).toList();
        return new ResultPage<>(lines, page, size, total);
    }

    @Override
    public ResultPage<ImportReport> ofAgency(String agencyCode, int page, int size) {
        Query query = query(where("agencyCode").is(agencyCode));
        long total = mongo.count(query, EmployeeImportDocument.class);
        List<ImportReport> reports = mongo.find(query.with(Sort.by(Sort.Direction.DESC, "importedAt"))
                .skip((long) page * size).limit(size), EmployeeImportDocument.class).stream()
                .map(EmployeeImportDocument::toReport).toList();
        return new ResultPage<>(reports, page, size, total);
    }
}
