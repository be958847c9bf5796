package id.latih.needs.adapter.out.mongo;

import id.latih.needs.domain.CompetencyKind;
import id.latih.needs.domain.Need;
import id.latih.needs.domain.NeedStatus;
import id.latih.platform.outbox.PendingEvent;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A need as stored, with its unpublished events. */
@Document(NeedDocument.COLLECTION)
record NeedDocument(@Id String id, String agencyCode, String nip, String competencyCode, CompetencyKind kind,
                    int currentLevel, int requiredLevel, int cycleYear, NeedStatus status, String source,
                    long version, String followUpOf, List<PendingEvent> pendingEvents) {

    static final String COLLECTION = "needs";

    static NeedDocument of(Need n, List<PendingEvent> pending) {
        return new NeedDocument(n.id(), n.agencyCode(), n.nip(), n.competencyCode(), n.kind(), n.currentLevel(),
                n.requiredLevel(), n.cycleYear(), n.status(), n.source(), n.version(), n.followUpOf(), pending);
    }

    Need toNeed() {
        return new Need(id, agencyCode, nip, competencyCode, kind, currentLevel, requiredLevel, cycleYear, status,
                source, version, followUpOf);
    }
}
