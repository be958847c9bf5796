package id.latih.needs.domain;

import id.latih.events.NeedIdentified;
import id.latih.events.NeedStatusChanged;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A need of an agency for one competency in one AKPK year: the staff affected with their gaps (largest first), the
 * evidence, the number of service units whose weak IKM elements point to it, and its priority ({@link PriorityRule}).
 * Its id is derived from agency, year and competency, so analysing again finds the same need. Until the head of
 * agency approves it is PROPOSED and unpublished (version 0); {@code supported} says whether the latest run still
 * found it, and {@code publishedFingerprint} what was last announced, so approving again announces only changes.
 * {@code addressedNips} are the affected employees who completed a training for it.
 */
public record AgencyNeed(String id, String agencyCode, int cycleYear, String competencyCode, CompetencyKind kind,
                         List<StaffGap> staff, int weakUnits, List<String> evidence, double priority,
                         NeedStatus status, long version, boolean supported, String publishedFingerprint,
                         long revision, Set<String> addressedNips) {

    public AgencyNeed {
        staff = List.copyOf(staff);
        evidence = List.copyOf(evidence);
        addressedNips = addressedNips == null ? Set.of() : Set.copyOf(addressedNips);
    }

    /**
     * Whether a completed training of {@code nip} leaves every affected employee with a completed training (the need
     * is then ADDRESSED: being met, not yet seen on the job).
     */
    public boolean allAddressedWith(String nip) {
        return staff.stream().allMatch(s -> s.nip().equals(nip) || addressedNips.contains(s.nip()));
    }

    public NeedStatusChanged addressed(Instant at) {
        return changed(NeedStatus.ADDRESSED, "every affected employee completed a training for it", at);
    }

    public static String idFor(String agencyCode, int cycleYear, String competencyCode) {
        return "N-" + cycleYear + "-" + agencyCode + "-" + competencyCode;
    }

    public int targetLevel() {
        return staff.stream().mapToInt(StaffGap::targetLevel).max().orElse(0);
    }

    public double meanGap() {
        return staff.isEmpty() ? 0 : Math.round(staff.stream().mapToInt(StaffGap::gap).average().orElse(0) * 100)
                / 100.0;
    }

    /** The lowest current level among the staff: where the training has to start. */
    public int lowestLevel() {
        return staff.stream().mapToInt(StaffGap::currentLevel).min().orElse(0);
    }

    /** What an announcement of this need says; equal fingerprints need no new announcement. */
    public String fingerprint() {
        return Integer.toHexString(Objects.hash(staff, weakUnits, priority));
    }

    public boolean allReached() {
        return staff.stream().allMatch(StaffGap::reached);
    }

    /** The announcement of this need as now found: its next version, the first {@code maxNips} staff by gap. */
    public NeedIdentified identified(Instant at, int maxNips) {
        List<String> nips = staff.stream().limit(maxNips).map(StaffGap::nip).toList();
        return new NeedIdentified(UUID.randomUUID(), at, agencyCode, id, null, competencyCode, kind.name(),
                lowestLevel(), targetLevel(), "AKPK", cycleYear, version + 1, null, nips, staff.size(),
                targetLevel(), meanGap(), priority);
    }

    /** A later analysis no longer finds it. */
    public NeedStatusChanged withdrawn(Instant at) {
        return changed(NeedStatus.WITHDRAWN, "no longer supported by the evidence of the latest AKPK analysis", at);
    }

    /**
     * The need without {@code nip}, who left the agency: the remaining staff, their priority by {@code rule} (the
     * weak units' term unchanged). A need announced and still open is announced again at its next version with the
     * remaining staff, or WITHDRAWN when no one remains; a proposal (not announced) changes silently, and one left
     * with no staff is withdrawn silently, as an approval would. A closed need (resolved, dropped, withdrawn) keeps
     * its history: it is unaffected, as is a need the employee is not part of.
     */
    public StaffRelease releasing(String nip, PriorityRule rule, Instant at, int maxNips) {
        List<StaffGap> remaining = staff.stream().filter(s -> !s.nip().equals(nip)).toList();
        if (remaining.size() == staff.size() || !(status == NeedStatus.PROPOSED || status.isOpen())) {
            return new StaffRelease.Unaffected();
        }
        Set<String> addressed = addressedNips.stream().filter(n -> !n.equals(nip))
                .collect(Collectors.toSet());
        boolean announced = status.isOpen();
        if (remaining.isEmpty()) {
            AgencyNeed withdrawn = new AgencyNeed(id, agencyCode, cycleYear, competencyCode, kind, remaining,
                    weakUnits, evidence, rule.priority(remaining, weakUnits), NeedStatus.WITHDRAWN,
                    announced ? version + 1 : version, false, publishedFingerprint, revision, addressed);
            return new StaffRelease.Released(withdrawn, announced ? changed(NeedStatus.WITHDRAWN,
                    "every affected employee moved to another agency", at) : null);
        }
        AgencyNeed narrowed = new AgencyNeed(id, agencyCode, cycleYear, competencyCode, kind, remaining, weakUnits,
                evidence, rule.priority(remaining, weakUnits), status, version, supported, publishedFingerprint,
                revision, addressed);
        if (!announced) {
            return new StaffRelease.Released(narrowed, null);
        }
        return new StaffRelease.Released(new AgencyNeed(id, agencyCode, cycleYear, competencyCode, kind, remaining,
                weakUnits, evidence, narrowed.priority(), status, version + 1, supported, narrowed.fingerprint(),
                revision, addressed), narrowed.identified(at, maxNips));
    }

    public NeedStatusChanged resolved(Instant at) {
        return changed(NeedStatus.RESOLVED, "every affected employee reached the target level", at);
    }

    private NeedStatusChanged changed(NeedStatus to, String reason, Instant at) {
        return new NeedStatusChanged(UUID.randomUUID(), at, agencyCode, id, null, status.name(), to.name(), reason,
                version + 1);
    }
}
