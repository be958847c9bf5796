package id.latih.needs.adapter.in.web;

import id.latih.needs.domain.AssessmentSource;
import id.latih.needs.domain.CompetencyKind;
import id.latih.needs.domain.DictionaryOwner;
import id.latih.needs.domain.EmploymentType;
import id.latih.needs.domain.JobType;
import id.latih.needs.domain.NeedStatus;
import id.latih.needs.domain.PerformanceRating;
import id.latih.needs.domain.PositionStandard;
import jakarta.validation.Valid;
import id.latih.platform.input.CompetencyCode;
import id.latih.platform.input.TextLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import id.latih.needs.application.AgencyNeedFilter;
import id.latih.needs.application.ImportReportLine;
import id.latih.needs.application.NeedFilter;
import id.latih.needs.application.RecordSatisfactionSurvey;
import id.latih.needs.application.SatisfactionSurveys.SurveyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * Request bodies of the needs API. Shape and size are checked here (text rules, strict numbers and date range by the
 * chassis); domain rules (a NIP that parses) in the domain.
 */
final class Requests {

    private Requests() {
    }

    /** {@code supervisorNip} is optional: the employee's direct supervisor, who may then read their records. */
    record RegisterEmployee(@NotBlank @Size(max = TextLimits.NIP) String nip,
                            @NotBlank @Size(max = TextLimits.NAME) String name,
                            @NotNull EmploymentType employmentType, @NotNull JobType jobType,
                            @NotBlank @Size(max = TextLimits.TITLE) String positionTitle,
                            @Size(max = TextLimits.NIP) String supervisorNip,
                            @Size(max = TextLimits.CODE) @Pattern(regexp = UNIT_CODE) String unitCode,
                            @Size(max = TextLimits.TITLE) String unitName) {

        id.latih.needs.application.RegisterEmployee.Command toCommand() {
            return new id.latih.needs.application.RegisterEmployee.Command(nip, name, employmentType, jobType,
                    positionTitle, supervisorNip, unitCode, unitName);
        }
    }

    /** The whole profile but the NIP, which never changes; {@code supervisorNip} optional as at registration. */
    record UpdateEmployee(@NotBlank @Size(max = TextLimits.NAME) String name,
                          @NotNull EmploymentType employmentType, @NotNull JobType jobType,
                          @NotBlank @Size(max = TextLimits.TITLE) String positionTitle,
                          @Size(max = TextLimits.NIP) String supervisorNip,
                          @Size(max = TextLimits.CODE) @Pattern(regexp = UNIT_CODE) String unitCode,
                          @Size(max = TextLimits.TITLE) String unitName) {

        id.latih.needs.application.UpdateEmployee.Command toCommand() {
            return new id.latih.needs.application.UpdateEmployee.Command(name, employmentType, jobType,
                    positionTitle, supervisorNip, unitCode, unitName);
        }
    }

    /**
     * {@code method}: who saw the level (ASSESSMENT_CENTER, OBSERVED, SUPERVISOR, PEER, SELF); it decides who may
     * record it. {@code requiredLevel} may be left out for managerial competencies: the job type's default applies.
     */
    record Assess(@NotBlank @Size(max = TextLimits.CODE) @CompetencyCode String competencyCode,
                  @Min(1) @Max(5) int assessedLevel, @Min(1) @Max(5) Integer requiredLevel,
                  @NotNull AssessmentSource method,
                  @NotNull @PastOrPresent LocalDate assessedOn) {

        id.latih.needs.application.RecordAssessment.Command toCommand() {
            return new id.latih.needs.application.RecordAssessment.Command(competencyCode, assessedLevel,
                    requiredLevel, method, assessedOn);
        }
    }

    /** A yearly SKP rating: SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG or SANGAT_KURANG. */
    record RatePerformance(@Min(2000) @Max(2100) int year, @NotNull PerformanceRating rating) {
    }

    record Analyse(@Min(2000) @Max(2100) int cycleYear) {
    }

    /** A year, half year, quarter or month: {@code 2026}, {@code 2026-S1}, {@code 2026-Q3}, {@code 2026-07}. */
    static final String PERIOD = "[0-9]{4}(-(S[12]|Q[1-4]|0[1-9]|1[0-2]))?";
    /** A service unit's code as the agency keeps it, e.g. {@code PKM-GARUDA}: letters, digits, '.', '_', '-'. */
    static final String UNIT_CODE = "[A-Za-z0-9._-]+";
    /**
     * Respondents in one survey: far above the sample sizes PermenPANRB 14/2017 asks for (at most a few hundred per
     * unit), and small enough that the answers stay well within the request body limit.
     */
    static final int MAX_RESPONDENTS = 2000;
    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_PAGE = 10_000;
    static final int DEFAULT_PAGE_SIZE = 20;

    /** One list of nine answers (U1..U9, each 1..4) per respondent; the answers are checked in the domain. */
    record RecordSurvey(@NotBlank @Size(max = TextLimits.CODE) @Pattern(regexp = UNIT_CODE) String serviceUnit,
                        @NotBlank @Size(max = TextLimits.TITLE) String serviceUnitName,
                        @NotBlank @Size(max = 7) @Pattern(regexp = PERIOD) String period,
                        @NotNull @Size(min = 1, max = MAX_RESPONDENTS) List<List<Integer>> responses) {

        RecordSatisfactionSurvey.Command toCommand() {
            return new RecordSatisfactionSurvey.Command(serviceUnit, serviceUnitName, period, responses);
        }
    }

    /** Query of the survey list: optional period, page from 0, size up to {@value #MAX_PAGE_SIZE}, order. */
    record SurveyList(@Size(max = 7) @Pattern(regexp = PERIOD) String period,
                      @Min(0) @Max(MAX_PAGE) Integer page,
                      @Min(1) @Max(MAX_PAGE_SIZE) Integer size,
                      SurveyOrder sort) {

        int pageOrFirst() {
            return page == null ? 0 : page;
        }

        int sizeOrDefault() {
            return size == null ? DEFAULT_PAGE_SIZE : size;
        }

        SurveyOrder sortOrWorstFirst() {
            return sort == null ? SurveyOrder.WORST_FIRST : sort;
        }
    }

    /** Query of the needs list: optional status, competency, cycle year, employee; page from 0, size up to 100. */
    record NeedList(NeedStatus status, @Size(max = TextLimits.CODE) @CompetencyCode String competencyCode,
                    @Min(2000) @Max(2100) Integer cycleYear,
                    @Pattern(regexp = "[0-9]{18}") String nip,
                    @Min(0) @Max(MAX_PAGE) Integer page,
                    @Min(1) @Max(MAX_PAGE_SIZE) Integer size,
                    NeedFilter.NeedOrder sort) {

        NeedFilter filter() {
            return new NeedFilter(status, competencyCode, cycleYear, nip);
        }

        int pageOrFirst() {
            return page == null ? 0 : page;
        }

        int sizeOrDefault() {
            return size == null ? DEFAULT_PAGE_SIZE : size;
        }

        NeedFilter.NeedOrder sortOrDefault() {
            return sort == null ? NeedFilter.NeedOrder.NEWEST_CYCLE_FIRST : sort;
        }
    }

    /** Rows of an import report per page: at most this many, so a 200,000-row report is read in 200 requests. */
    static final int MAX_REPORT_PAGE_SIZE = 1000;

    /** Query of an upload: {@code acceptValid} imports the valid rows of a file that has rejected ones. */
    record ImportUpload(Boolean acceptValid, @Size(max = TextLimits.TITLE) String fileName) {

        boolean acceptValidOrNot() {
            return Boolean.TRUE.equals(acceptValid);
        }
    }

    /** Query of an import report's rows: optional outcome (CREATED, UPDATED, UNCHANGED, REJECTED), by row number. */
    record ImportRows(ImportReportLine.Outcome outcome, @Min(0) @Max(MAX_PAGE) Integer page,
                      @Min(1) @Max(MAX_REPORT_PAGE_SIZE) Integer size) {

        int pageOrFirst() {
            return page == null ? 0 : page;
        }

        int sizeOrDefault() {
            return size == null ? DEFAULT_PAGE_SIZE : size;
        }
    }

    /** Longest description of a competency or of one of its levels. */
    static final int DESCRIPTION = 1000;

    /**
     * A technical competency: name, what it means, the five level descriptors (1 Paham .. 5 Ahli), and whose
     * dictionary holds it (AGENCY by default; REGION or PROVINCE for the training centre's shared one).
     */
    record DefineCompetency(@NotBlank @Size(max = TextLimits.TITLE) String name,
                            @NotBlank @Size(max = DESCRIPTION) String description,
                            @NotNull @Size(min = 5, max = 5) List<@NotBlank @Size(max = DESCRIPTION) String>
                                    levelDescriptors,
                            DictionaryOwner owner) {

        id.latih.needs.application.DefineCompetency.Command toCommand() {
            return new id.latih.needs.application.DefineCompetency.Command(name, description, levelDescriptors,
                    owner);
        }
    }

    /** Query of the dictionary: optional kind; page from 0, size up to {@value #MAX_PAGE_SIZE}; by code. */
    record CompetencyList(CompetencyKind kind, @Min(0) @Max(MAX_PAGE) Integer page,
                          @Min(1) @Max(MAX_PAGE_SIZE) Integer size) {

        int pageOrFirst() {
            return page == null ? 0 : page;
        }

        int sizeOrDefault() {
            return size == null ? DEFAULT_PAGE_SIZE : size;
        }
    }

    /** One competency's required level in a position standard. */
    record RequiredLevel(@NotBlank @Size(max = TextLimits.CODE) @CompetencyCode String competencyCode,
                         @Min(1) @Max(5) int level) {
    }

    /** A position's standard: its title as the profiles name it, the optional next position, the levels. */
    record SetPositionStandard(@NotBlank @Size(max = TextLimits.TITLE) String positionTitle,
                               @Size(max = TextLimits.TITLE) String nextPositionTitle,
                               @NotNull @Size(max = PositionStandard.MAX_COMPETENCIES)
                               List<@NotNull @Valid RequiredLevel> requiredLevels) {

        id.latih.needs.application.SetPositionStandard.Command toCommand() {
            return new id.latih.needs.application.SetPositionStandard.Command(positionTitle,
                    nextPositionTitle == null || nextPositionTitle.isBlank() ? null : nextPositionTitle,
                    requiredLevels.stream().map(r -> new id.latih.needs.application.SetPositionStandard
                            .RequiredLevel(r.competencyCode(), r.level())).toList());
        }
    }

    /** One position's standard by its title, of an agency the caller reads (the caller's own by default). */
    record StandardOf(@NotBlank @Size(max = TextLimits.TITLE) String positionTitle,
                      @Size(max = TextLimits.ID) @Pattern(regexp = "[0-9]{2,4}\\.[A-Z0-9._-]+") String agencyCode) {
    }

    /** A cycle: its deadline and whether the caller's REGION (default) or PROVINCE opens it. */
    record OpenCycle(@NotNull LocalDate deadline, DictionaryOwner level) {
    }

    /** An agency code as the platform writes them, e.g. {@code 3273.DINKES}. */
    static final String AGENCY_CODE = "[0-9]{2,4}\\.[A-Z0-9._-]+";

    record AkpkOf(@Size(max = TextLimits.ID) @Pattern(regexp = AGENCY_CODE) String agencyCode) {
    }

    record AkpkAgencies(Boolean late, @Min(0) @Max(MAX_PAGE) Integer page, @Min(1) @Max(MAX_PAGE_SIZE) Integer size) {

        boolean lateOnly() {
            return late != null && late;
        }

        int pageOrFirst() {
            return page == null ? 0 : page;
        }

        int sizeOrDefault() {
            return size == null ? DEFAULT_PAGE_SIZE : size;
        }
    }

    record AkpkNeeds(NeedStatus status, @Size(max = TextLimits.CODE) @CompetencyCode String competencyCode,
                     @Size(max = TextLimits.ID) @Pattern(regexp = AGENCY_CODE) String agencyCode,
                     AgencyNeedFilter.Order sort, @Min(0) @Max(MAX_PAGE) Integer page,
                     @Min(1) @Max(MAX_PAGE_SIZE) Integer size) {

        int pageOrFirst() {
            return page == null ? 0 : page;
        }

        int sizeOrDefault() {
            return size == null ? DEFAULT_PAGE_SIZE : size;
        }
    }

    /** A page of a list ordered by the list itself (imports: newest first). */
    record Paging(@Min(0) @Max(MAX_PAGE) Integer page, @Min(1) @Max(MAX_PAGE_SIZE) Integer size) {

        int pageOrFirst() {
            return page == null ? 0 : page;
        }

        int sizeOrDefault() {
            return size == null ? DEFAULT_PAGE_SIZE : size;
        }
    }
}
