package id.latih.programs.domain;

import id.latih.events.ProgramDesign;
import id.latih.platform.domain.InvalidValueException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a program is run, beyond its title and hours: what it develops, its schedule, who may join and on what
 * terms, how it is completed and evaluated, and what it costs. Checked as a whole against the program's capacity
 * and dates, so a design that cannot be run is never published.
 */
public record Design(String objectives, int minutesPerJp, List<TargetLevel> targets, List<Session> sessions,
                     List<Quota> quotas, Eligibility eligibility, List<String> prerequisiteProgramIds,
                     boolean supervisorApprovalRequired, CompletionCriteria completion,
                     EvaluationPlan evaluation, Budget budget, List<CurriculumModule> modules,
                     List<Partner> partners) {

    public Design {
        targets = List.copyOf(targets);
        sessions = List.copyOf(sessions);
        quotas = List.copyOf(quotas);
        prerequisiteProgramIds = List.copyOf(prerequisiteProgramIds);
        modules = Eligibility.orEmpty(modules);
        partners = Eligibility.orEmpty(partners);
    }

    /** A design without an itemised curriculum or partners. */
    public Design(String objectives, int minutesPerJp, List<TargetLevel> targets, List<Session> sessions,
                  List<Quota> quotas, Eligibility eligibility, List<String> prerequisiteProgramIds,
                  boolean supervisorApprovalRequired, CompletionCriteria completion, EvaluationPlan evaluation,
                  Budget budget) {
        this(objectives, minutesPerJp, targets, sessions, quotas, eligibility, prerequisiteProgramIds,
                supervisorApprovalRequired, completion, evaluation, budget, List.of(), List.of());
    }

    /** The design of a program stored before designs existed: nothing set. */
    public static Design none() {
        return new Design(null, 0, List.of(), List.of(), List.of(), new Eligibility(List.of(), List.of()), List.of(),
                false, new CompletionCriteria(0, 0), new EvaluationPlan(List.of(), 0), new Budget(0, 0, null));
    }

    /**
     * Refuses sessions that end before they start or fall outside the program's dates (in the agencies' time zone),
     * two sessions at once with the same facilitator or in the same room, an agency with two quotas, and quotas
     * that sum over the capacity.
     */
    public Design checked(int capacity, LocalDate startDate, LocalDate endDate, ZoneId zone) {
        for (int i = 0; i < sessions.size(); i++) {
            Session s = sessions.get(i).checked("sessions[" + i + "]");
            if (s.startsAt().atZone(zone).toLocalDate().isBefore(startDate)
                    || s.endsAt().atZone(zone).toLocalDate().isAfter(endDate)) {
                throw new InvalidValueException("sessions[" + i + "].startsAt",
                        "must fall within the program's dates " + startDate + " .. " + endDate);
            }
        }
        for (int j = 1; j < sessions.size(); j++) {
            int index = j;
            for (int i = 0; i < j; i++) {
                sessions.get(j).clashWith(sessions.get(i)).ifPresent(what -> {
                    throw new InvalidValueException("sessions[" + index + "]." + what,
                            "overlaps another session of this program with the same " + what);
                });
            }
        }
        Set<String> agencies = new HashSet<>();
        for (int i = 0; i < quotas.size(); i++) {
            if (!agencies.add(quotas.get(i).agencyCode())) {
                throw new InvalidValueException("seatQuotas[" + i + "].agencyCode", "has a quota already");
            }
        }
        int reserved = reservedSeats();
        if (reserved > capacity) {
            throw new InvalidValueException("seatQuotas",
                    "quotas sum to " + reserved + " seats, over the capacity of " + capacity);
        }
        return this;
    }

    /**
     * Refuses a curriculum whose modules' JP do not add up to the program's {@code jp}, and a module whose method
     * is not one of the program's route (a blended program may mix any). No modules: the curriculum is not
     * itemised, which is allowed.
     */
    public Design curriculumChecked(int jp, LearningRoute route) {
        for (int i = 0; i < modules.size(); i++) {
            if (!modules.get(i).method().fits(route)) {
                throw new InvalidValueException("modules[" + i + "].method", modules.get(i).method()
                        + " is not a method of the " + route + " route");
            }
        }
        int total = modules.stream().mapToInt(CurriculumModule::jp).sum();
        if (!modules.isEmpty() && total != jp) {
            throw new InvalidValueException("modules", "the modules add up to " + total
                    + " JP, not the program's " + jp + " JP");
        }
        return this;
    }

    public int reservedSeats() {
        return quotas.stream().mapToInt(Quota::seats).sum();
    }

    public ProgramDesign toEvent() {
        return new ProgramDesign(minutesPerJp, targets.stream().map(TargetLevel::toEvent).toList(),
                sessions.stream().map(Session::toEvent).toList(), quotas.stream().map(Quota::toEvent).toList(),
                eligibility.jobTypes(), eligibility.agencies(), prerequisiteProgramIds, supervisorApprovalRequired,
                completion.minimumAttendancePercent(), completion.postTestPassMark(), evaluation.kirkpatrickLevels(),
                evaluation.behaviourFollowUpDays(), budget.costPerParticipant(), budget.fixedCosts(),
                budget.fundingSource() == null ? null : budget.fundingSource().name(),
                modules.stream().map(CurriculumModule::toEvent).toList(),
                partners.stream().map(Partner::toEvent).toList(), eligibility.positions());
    }
}
