package id.latih.programs.application;

import id.latih.programs.domain.Budget;
import id.latih.programs.domain.CompletionCriteria;
import id.latih.programs.domain.CurriculumModule;
import id.latih.programs.domain.Design;
import id.latih.programs.domain.Eligibility;
import id.latih.programs.domain.EvaluationPlan;
import id.latih.programs.domain.FundingSource;
import id.latih.programs.domain.LearningMethod;
import id.latih.programs.domain.Partner;
import id.latih.programs.domain.Quota;
import id.latih.programs.domain.Session;
import id.latih.programs.domain.TargetLevel;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A program's design as a designer sends it; what they leave out (null) takes the configured default. Sessions
 * are numbered S-1, S-2... in the order the designer lists them, so attendance can name them and every refusal
 * names the session by the position the designer sent it in; curriculum modules likewise M-1, M-2...
 */
public record DesignCommand(String objectives, List<TargetLevel> targets, List<SessionCommand> sessions,
                            List<Quota> quotas, List<String> eligibleJobTypes, List<String> eligibleAgencies,
                            List<String> prerequisiteProgramIds, boolean supervisorApprovalRequired,
                            Integer minimumAttendancePercent, Integer postTestPassMark,
                            List<Integer> kirkpatrickLevels, Integer behaviourFollowUpDays,
                            long costPerParticipant, long fixedCosts, FundingSource fundingSource,
                            List<ModuleCommand> modules, List<Partner> partners, List<String> eligiblePositions) {

    public record SessionCommand(Instant startsAt, Instant endsAt, String place, String onlineLink,
                                 String facilitator) {
    }

    public record ModuleCommand(String title, int jp, LearningMethod method, String facilitator) {
    }

    /** The design with every default filled in; {@code derivedTargets} stand in when the designer names none. */
    Design toDesign(ProgramSettings settings, List<TargetLevel> derivedTargets) {
        List<Session> numbered = IntStream.range(0, sessions.size()).mapToObj(i -> {
            SessionCommand s = sessions.get(i);
            return new Session("S-" + (i + 1), s.startsAt(), s.endsAt(), s.place(), s.onlineLink(), s.facilitator());
        }).toList();
        return new Design(objectives, settings.minutesPerJp(), targets.isEmpty() ? derivedTargets : targets, numbered,
                quotas, new Eligibility(eligibleJobTypes, eligibleAgencies, eligiblePositions), prerequisiteProgramIds,
                supervisorApprovalRequired,
                new CompletionCriteria(or(minimumAttendancePercent, settings.minimumAttendancePercent()),
                        or(postTestPassMark, 0)),
                new EvaluationPlan(kirkpatrickLevels == null ? settings.kirkpatrickLevels() : kirkpatrickLevels,
                        or(behaviourFollowUpDays, settings.behaviourFollowUpDays())),
                new Budget(costPerParticipant, fixedCosts, fundingSource),
                IntStream.range(0, modules.size()).mapToObj(i -> {
                    ModuleCommand m = modules.get(i);
                    return new CurriculumModule("M-" + (i + 1), m.title(), m.jp(), m.method(), m.facilitator());
                }).toList(), partners);
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
