package id.latih.programs.adapter.in.web;

import id.latih.programs.domain.BacklogNeed;

/** A need in the backlog as the API shows it; only callers who may read the employee receive it. */
record BacklogNeedView(String needId, String agencyCode, String nip, String competencyCode, int currentLevel,
                       int requiredLevel, int cycleYear, String needStatus, String programId, int staffAffected,
                       double priority) {

    static BacklogNeedView of(BacklogNeed n) {
        return new BacklogNeedView(n.needId(), n.agencyCode(), n.nip(), n.competencyCode(), n.currentLevel(),
                n.requiredLevel(), n.cycleYear(), n.needStatus(), n.programId(), n.staffAffected(),
                n.priority());
    }
}
