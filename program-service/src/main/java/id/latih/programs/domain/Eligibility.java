package id.latih.programs.domain;

import java.util.List;

/** Who may enroll: job types and agencies; an empty list does not restrict. */
public record Eligibility(List<String> jobTypes, List<String> agencies) {

    public Eligibility {
        jobTypes = List.copyOf(jobTypes);
        agencies = List.copyOf(agencies);
    }
}
