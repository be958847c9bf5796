package id.latih.programs.domain;

import java.util.List;

/** Who may enroll: job types, positions (jabatan) and agencies; an empty list does not restrict. */
public record Eligibility(List<String> jobTypes, List<String> agencies, List<String> positions) {

    public Eligibility {
        jobTypes = orEmpty(jobTypes);
        agencies = orEmpty(agencies);
        positions = orEmpty(positions);
    }

    /** Eligibility by job type and agency only. */
    public Eligibility(List<String> jobTypes, List<String> agencies) {
        this(jobTypes, agencies, List.of());
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
