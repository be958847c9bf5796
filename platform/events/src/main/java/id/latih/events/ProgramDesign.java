package id.latih.events;

import java.util.List;

/**
 * Everything about a program that enrollment and evaluation need to run it without calling back: carried whole by
 * ProgramPublished and by every ProgramRevised. Lists are never null (a missing list reads as empty); a missing
 * number reads as 0, which for a criterion means "not set by the organiser": readers apply their own default.
 *
 * @param minutesPerJp              minutes one JP lasted when the program was designed (setting, default 45)
 * @param targetCompetencies        the competencies and target levels, the program's main competency first
 * @param sessions                  the schedule, in the order the designer listed it (ids S-1, S-2...)
 * @param seatQuotas                seats reserved per agency for a shared program; empty: first come, first served
 * @param eligibleJobTypes          job types that may enroll (JPT_MADYA .. PELAKSANA, FUNGSIONAL); empty: any
 * @param eligibleAgencies          agencies whose staff may enroll besides those with a quota; empty: not
 *                                  restricted by agency
 * @param prerequisiteProgramIds    programs a participant must have completed first
 * @param supervisorApprovalRequired whether a supervisor must approve an enrollment before it holds a seat
 * @param minimumAttendancePercent  attendance (0-100 % of sessions) needed to complete
 * @param postTestPassMark          post-test score (0-100) needed to complete; 0: no post-test required
 * @param kirkpatrickLevels         evaluation levels (1 reaction .. 4 results) the organiser will evaluate
 * @param behaviourFollowUpDays     days after the end when supervisors check behaviour on the job (level 3)
 * @param costPerParticipant        rupiah per participant
 * @param fixedCosts                rupiah for the program as a whole (venue, facilitators)
 * @param fundingSource             who pays: APBD, APBN, PARTNER or OTHER (older events: free text or null)
 * @param modules                   the curriculum, whose JP add up to the program's JP; empty: not itemised
 * @param partners                  institutions the program is run with; empty: the organiser alone
 * @param eligiblePositions         positions (jabatan) whose holders may enroll; empty: not restricted by position
 */
public record ProgramDesign(
        int minutesPerJp,
        List<TargetCompetency> targetCompetencies,
        List<ProgramSession> sessions,
        List<SeatQuota> seatQuotas,
        List<String> eligibleJobTypes,
        List<String> eligibleAgencies,
        List<String> prerequisiteProgramIds,
        boolean supervisorApprovalRequired,
        int minimumAttendancePercent,
        int postTestPassMark,
        List<Integer> kirkpatrickLevels,
        int behaviourFollowUpDays,
        long costPerParticipant,
        long fixedCosts,
        String fundingSource,
        List<ProgramModule> modules,
        List<PartnerInstitution> partners,
        List<String> eligiblePositions) {

    public ProgramDesign {
        targetCompetencies = orEmpty(targetCompetencies);
        sessions = orEmpty(sessions);
        seatQuotas = orEmpty(seatQuotas);
        eligibleJobTypes = orEmpty(eligibleJobTypes);
        eligibleAgencies = orEmpty(eligibleAgencies);
        prerequisiteProgramIds = orEmpty(prerequisiteProgramIds);
        kirkpatrickLevels = orEmpty(kirkpatrickLevels);
        modules = orEmpty(modules);
        partners = orEmpty(partners);
        eligiblePositions = orEmpty(eligiblePositions);
    }

    /** The design as producers wrote it before curriculum modules, partners and positions were carried. */
    public ProgramDesign(int minutesPerJp, List<TargetCompetency> targetCompetencies, List<ProgramSession> sessions,
                         List<SeatQuota> seatQuotas, List<String> eligibleJobTypes, List<String> eligibleAgencies,
                         List<String> prerequisiteProgramIds, boolean supervisorApprovalRequired,
                         int minimumAttendancePercent, int postTestPassMark, List<Integer> kirkpatrickLevels,
                         int behaviourFollowUpDays, long costPerParticipant, long fixedCosts, String fundingSource) {
        this(minutesPerJp, targetCompetencies, sessions, seatQuotas, eligibleJobTypes, eligibleAgencies,
                prerequisiteProgramIds, supervisorApprovalRequired, minimumAttendancePercent, postTestPassMark,
                kirkpatrickLevels, behaviourFollowUpDays, costPerParticipant, fixedCosts, fundingSource, List.of(),
                List.of(), List.of());
    }

    /** What an event from a producer that predates the design carries: nothing set. */
    public static ProgramDesign none() {
        return new ProgramDesign(0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false, 0, 0,
                List.of(), 0, 0, 0, null);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
