package id.latih.needs.adapter.out.mongo;

import id.latih.needs.domain.AgencyAnalysis;
import id.latih.needs.domain.AkpkStatus;
import id.latih.needs.domain.AkpkStep;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An agency's AKPK of a year as stored, with its steps. */
@Document(AgencyAnalysisDocument.COLLECTION)
record AgencyAnalysisDocument(@Id String id, String agencyCode, int year, LocalDate deadline, AkpkStatus status,
                              List<AkpkStep> history, int needs, int staffAffected, long revision) {

    static final String COLLECTION = "akpk_analyses";

    static AgencyAnalysisDocument of(AgencyAnalysis a) {
        return new AgencyAnalysisDocument(a.id(), a.agencyCode(), a.year(), a.deadline(), a.status(), a.history(),
                a.needs(), a.staffAffected(), a.revision());
    }

    AgencyAnalysis toAnalysis() {
        return new AgencyAnalysis(id, agencyCode, year, deadline, status, history == null ? List.of() : history,
                needs, staffAffected, revision);
    }
}
