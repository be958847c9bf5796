package id.latih.needs.adapter.out.mongo;

import id.latih.needs.application.AgencyNeedSummary;
import id.latih.needs.domain.AgencyNeed;
import id.latih.needs.domain.CompetencyKind;
import id.latih.needs.domain.NeedStatus;
import id.latih.needs.domain.StaffGap;
import id.latih.platform.outbox.PendingEvent;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An AKPK need as stored: the staff with their gaps, and the figures lists sort and show (staff count, target, mean
 * gap, priority) kept beside them, so a list never loads a staff list.
 */
@Document(AgencyNeedDocument.COLLECTION)
record AgencyNeedDocument(@Id String id, String agencyCode, int cycleYear, String competencyCode,
                          CompetencyKind kind, List<StaffGap> staff, int staffAffected, int targetLevel,
                          double meanGap, int lowestLevel, int weakUnits, List<String> evidence, double priority,
                          NeedStatus status, long version, boolean supported, String publishedFingerprint,
                          long revision, List<String> addressedNips, List<PendingEvent> pendingEvents) {

    static final String COLLECTION = "agency_needs";

    AgencyNeed toNeed() {
        return new AgencyNeed(id, agencyCode, cycleYear, competencyCode, kind, staff == null ? List.of() : staff,
                weakUnits, evidence == null ? List.of() : evidence, priority, status, version, supported,
                publishedFingerprint, revision, addressedNips == null ? Set.of() : Set.copyOf(addressedNips));
    }

    AgencyNeedSummary toSummary() {
        return new AgencyNeedSummary(id, agencyCode, cycleYear, competencyCode, kind.name(), staffAffected,
                targetLevel, meanGap, lowestLevel, weakUnits, evidence == null ? List.of() : evidence, priority,
                status, supported);
    }

}
