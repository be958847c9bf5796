package id.latih.evaluations.domain;

import java.time.LocalDate;

/**
 * An unrated on-the-job check as the sweep sees it: whose file, for which program, due when, and how many of its
 * steps (request, reminders) were announced already.
 */
public record BehaviourCheck(String evaluationId, String agencyCode, String programId, String nip,
                             String competencyCode, LocalDate dueOn, int announced) {
}
