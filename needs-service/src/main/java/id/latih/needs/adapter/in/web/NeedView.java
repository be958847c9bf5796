package id.latih.needs.adapter.in.web;

import id.latih.needs.domain.Need;

/** A development need as the API shows it; only callers who may read the employee receive it. */
record NeedView(String id, String agencyCode, String nip, String competencyCode, String kind, int currentLevel,
                int requiredLevel, int cycleYear, String status, String source, String followUpOf) {

    static NeedView of(Need n) {
        return new NeedView(n.id(), n.agencyCode(), n.nip(), n.competencyCode(), n.kind().name(), n.currentLevel(),
                n.requiredLevel(), n.cycleYear(), n.status().name(), n.source(), n.followUpOf());
    }
}
