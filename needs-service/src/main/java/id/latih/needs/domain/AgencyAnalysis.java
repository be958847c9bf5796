package id.latih.needs.domain;

import id.latih.platform.domain.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One agency's AKPK of one year: COLLECTING -> ANALYSED -> VERIFIED -> APPROVED, with every step's who and when.
 * The analysis may be run again until approval and after it (evidence keeps coming): a new run goes back to
 * ANALYSED and needs verifying and approving again. The head of agency approves only what someone else verified.
 * {@code revision} guards each step against a concurrent one.
 */
public record AgencyAnalysis(String id, String agencyCode, int year, LocalDate deadline, AkpkStatus status,
                             List<AkpkStep> history, int needs, int staffAffected, long revision) {

    public AgencyAnalysis {
        history = List.copyOf(history);
    }

    public static String idFor(String agencyCode, int year) {
        return "AKPK-" + year + "-" + agencyCode;
    }

    public static AgencyAnalysis collecting(String agencyCode, int year, LocalDate deadline) {
        return new AgencyAnalysis(idFor(agencyCode, year), agencyCode, year, deadline, AkpkStatus.COLLECTING,
                List.of(), 0, 0, 0);
    }

    /** After a run that found {@code needs} needs of {@code staffAffected} staff. */
    public AgencyAnalysis analysed(String by, Instant at, int needs, int staffAffected) {
        return step(AkpkStatus.ANALYSED, by, at, needs, staffAffected);
    }

    public AgencyAnalysis verified(String by, Instant at) {
        require(AkpkStatus.ANALYSED, "verified");
        return step(AkpkStatus.VERIFIED, by, at, needs, staffAffected);
    }

    public AgencyAnalysis approved(String by, Instant at) {
        require(AkpkStatus.VERIFIED, "approved");
        if (by.equals(lastBy(AkpkStatus.VERIFIED))) {
            throw new RuleViolationException("akpk-same-person",
                    "The head of agency approves what someone else verified");
        }
        return step(AkpkStatus.APPROVED, by, at, needs, staffAffected);
    }

    /** Whether the AKPK is past its deadline without approval. */
    public boolean isLateOn(LocalDate today) {
        return status != AkpkStatus.APPROVED && deadline != null && today.isAfter(deadline);
    }

    private String lastBy(AkpkStatus of) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).status() == of) {
                return history.get(i).by();
            }
        }
        return null;
    }

    private void require(AkpkStatus from, String what) {
        if (status != from) {
            throw new RuleViolationException("akpk-step", "An AKPK is " + what + " only when " + from + "; this one is "
                    + status);
        }
    }

    private AgencyAnalysis step(AkpkStatus to, String by, Instant at, int needs, int staff) {
        List<AkpkStep> steps = new ArrayList<>(history);
        steps.add(new AkpkStep(to, by, at));
        return new AgencyAnalysis(id, agencyCode, year, deadline, to, steps, needs, staff, revision + 1);
    }
}
