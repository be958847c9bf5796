package id.latih.programs.adapter.out.mongo;

import id.latih.programs.domain.BacklogNeed;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A backlog entry, built only from needs-service events. */
@Document(BacklogNeedDocument.COLLECTION)
record BacklogNeedDocument(@Id String id, String agencyCode, String nip, String competencyCode, int currentLevel,
                           int requiredLevel, int cycleYear, String needStatus, String programId, int staffAffected,
                           double priority) {

    static final String COLLECTION = "backlog";

    BacklogNeed toNeed() {
        return new BacklogNeed(id, agencyCode, nip, competencyCode, currentLevel, requiredLevel, cycleYear,
                needStatus, programId, nip != null ? 1 : staffAffected, priority);
    }
}
