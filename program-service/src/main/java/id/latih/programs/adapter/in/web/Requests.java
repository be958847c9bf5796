package id.latih.programs.adapter.in.web;

import id.latih.platform.input.CompetencyCode;
import id.latih.platform.input.TextLimits;
import id.latih.programs.application.AdoptPoolingProposal;
import id.latih.programs.application.DesignCommand;
import id.latih.programs.application.ProgramPlans;
import id.latih.programs.domain.FundingSource;
import id.latih.programs.domain.LearningMethod;
import id.latih.programs.domain.Partner;
import id.latih.programs.domain.LearningRoute;
import id.latih.programs.domain.Quota;
import id.latih.programs.domain.TargetLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Request bodies of the program API. Shape and size are checked here (text rules, strict numbers and date range by
 * the chassis); design rules (a method of the route, sessions inside the program's dates, quotas within capacity)
 * in the domain. Every list has a limit sized for a real program with room to spare.
 */
final class Requests {

    /** Sessions of one program: a daily class for most of a year. */
    static final int SESSIONS = 200;
    /** Agencies with a quota, competencies targeted, prerequisites, eligible job types or agencies. */
    static final int SHORT_LIST = 50;
    /** Modules of one curriculum: a long Latsar-style course has a few dozen. */
    static final int MODULES = 100;
    static final int LINK = 500;
    static final int OBJECTIVES = 2000;
    static final long MAX_RUPIAH = 1_000_000_000_000L;
    static final String AGENCY_CODE = "[0-9]{2,4}\\.[A-Z0-9_]{1,15}";

    private Requests() {
    }

    record PublishProgram(@NotBlank @Size(max = TextLimits.TITLE) String title,
                          @NotBlank @Size(max = TextLimits.CODE) @CompetencyCode String competencyCode,
                          @NotNull LearningRoute route, @NotNull LearningMethod method,
                          @Min(1) @Max(1000) int jp, @Min(1) @Max(10000) int capacity,
                          @NotNull LocalDate startDate, @NotNull LocalDate endDate,
                          @Size(max = TextLimits.NEEDS_PER_PROGRAM)
                          List<@NotBlank @Size(max = TextLimits.ID) String> needIds,
                          @Size(max = OBJECTIVES) String objectives,
                          @Size(max = SHORT_LIST) List<@NotNull @Valid Target> targetCompetencies,
                          @Size(max = SESSIONS) List<@NotNull @Valid SessionRequest> sessions,
                          @Size(max = SHORT_LIST) List<@NotNull @Valid SeatQuota> seatQuotas,
                          @Size(max = SHORT_LIST) List<@NotBlank @Size(max = TextLimits.LABEL) String> eligibleJobTypes,
                          @Size(max = SHORT_LIST)
                          List<@NotBlank @Pattern(regexp = AGENCY_CODE) String> eligibleAgencies,
                          @Size(max = SHORT_LIST)
                          List<@NotBlank @Size(max = TextLimits.ID) String> prerequisiteProgramIds,
                          Boolean supervisorApprovalRequired,
                          @Min(0) @Max(100) Integer minimumAttendancePercent,
                          @Min(0) @Max(100) Integer postTestPassMark,
                          @Size(max = 4) List<@NotNull @Min(1) @Max(4) Integer> kirkpatrickLevels,
                          @Min(0) @Max(730) Integer behaviourFollowUpDays,
                          @Min(0) @Max(MAX_RUPIAH) Long costPerParticipant,
                          @Min(0) @Max(MAX_RUPIAH) Long fixedCosts,
                          FundingSource fundingSource,
                          @Size(max = MODULES) List<@NotNull @Valid Module> modules,
                          @Size(max = SHORT_LIST) List<@NotNull @Valid PartnerRequest> partners,
                          @Size(max = SHORT_LIST)
                          List<@NotBlank @Size(max = TextLimits.LABEL) String> eligiblePositions) {

        ProgramPlans.Command toCommand() {
            return new ProgramPlans.Command(title, competencyCode, route, method,
                    jp, capacity, startDate, endDate, orEmpty(needIds), new DesignCommand(objectives,
                    orEmpty(targetCompetencies).stream().map(Target::toTarget).toList(),
                    orEmpty(sessions).stream().map(SessionRequest::toCommand).toList(),
                    orEmpty(seatQuotas).stream().map(SeatQuota::toQuota).toList(), orEmpty(eligibleJobTypes),
                    orEmpty(eligibleAgencies), orEmpty(prerequisiteProgramIds), Boolean.TRUE.equals(supervisorApprovalRequired),
                    minimumAttendancePercent, postTestPassMark, kirkpatrickLevels, behaviourFollowUpDays,
                    orZero(costPerParticipant), orZero(fixedCosts), fundingSource,
                    orEmpty(modules).stream().map(Module::toCommand).toList(),
                    orEmpty(partners).stream().map(PartnerRequest::toPartner).toList(), orEmpty(eligiblePositions)));
        }
    }

    record Adoption(@Min(2000) @Max(2100) Integer cycleYear,
                    @NotBlank @Size(max = TextLimits.CODE) @CompetencyCode String competencyCode,
                    @NotBlank @Size(max = TextLimits.TITLE) String title, @NotNull LearningRoute route,
                    @NotNull LearningMethod method, @Min(1) @Max(1000) int jp, @NotNull LocalDate startDate,
                    @NotNull LocalDate endDate) {

        AdoptPoolingProposal.Command toCommand() {
            return new AdoptPoolingProposal.Command(cycleYear, competencyCode, title, route, method, jp, startDate,
                    endDate);
        }
    }

    record Ceiling(@Min(2000) @Max(2100) int year, @Min(0) @Max(MAX_RUPIAH) long ceiling) {
    }

    record Cancellation(@NotBlank @Size(max = TextLimits.TITLE) String reason) {
    }

    record Target(@NotBlank @Size(max = TextLimits.CODE) @CompetencyCode String competencyCode,
                  @Min(1) @Max(5) int targetLevel) {

        TargetLevel toTarget() {
            return new TargetLevel(competencyCode, targetLevel);
        }
    }

    record SessionRequest(@NotNull Instant startsAt, @NotNull Instant endsAt,
                          @Size(max = TextLimits.TITLE) String place, @Size(max = LINK) String onlineLink,
                          @Size(max = TextLimits.NAME) String facilitator) {

        DesignCommand.SessionCommand toCommand() {
            return new DesignCommand.SessionCommand(startsAt, endsAt, place, onlineLink, facilitator);
        }
    }

    record Module(@NotBlank @Size(max = TextLimits.TITLE) String title, @Min(1) @Max(1000) int jp,
                  @NotNull LearningMethod method, @Size(max = TextLimits.NAME) String facilitator) {

        DesignCommand.ModuleCommand toCommand() {
            return new DesignCommand.ModuleCommand(title, jp, method, facilitator);
        }
    }

    record PartnerRequest(@NotBlank @Size(max = TextLimits.TITLE) String name, @NotNull Partner.Kind kind) {

        Partner toPartner() {
            return new Partner(name, kind);
        }
    }

    record SeatQuota(@NotBlank @Pattern(regexp = AGENCY_CODE) String agencyCode, @Min(1) @Max(10000) int seats) {

        Quota toQuota() {
            return new Quota(agencyCode, seats);
        }
    }

    static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
