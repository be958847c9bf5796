package id.latih.enrollments.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One employee's hours (JP) of one year: every completed program and approved self-reported learning, what counts
 * toward the year, and the shortfall against the target of their employment type.
 */
public record JpLedger(String nip, int year, String employmentType, List<Entry> entries, int earned, int credited,
                       int target, int shortfall) {

    /**
     * A completed program and the JP it earned, or approved self-reported learning ({@code learningId} and its
     * {@code title}, no program).
     */
    public record Entry(String programId, String enrollmentId, LocalDate completedOn, int jp, String learningId,
                        String title) {

        public Entry(String programId, String enrollmentId, LocalDate completedOn, int jp) {
            this(programId, enrollmentId, completedOn, jp, null, null);
        }

        public static Entry selfReported(String learningId, String title, LocalDate completedOn, int jp) {
            return new Entry(null, null, completedOn, jp, learningId, title);
        }
    }

    public static JpLedger of(String nip, int year, String employmentType, List<Entry> entries, JpDuty duty) {
        List<Entry> inYear = entries.stream().filter(e -> e.completedOn().getYear() == year)
                .sorted(Comparator.comparing(Entry::completedOn)).toList();
        int earned = inYear.stream().mapToInt(Entry::jp).sum();
        return new JpLedger(nip, year, employmentType, inYear, earned, duty.credited(employmentType, earned),
                duty.targetFor(employmentType), duty.shortfall(employmentType, earned));
    }

    /** The same year's totals when only the sum earned is known (an agency's overview lists no entries). */
    public JpLedger withEarned(int total, JpDuty duty) {
        return new JpLedger(nip, year, employmentType, entries, total, duty.credited(employmentType, total),
                duty.targetFor(employmentType), duty.shortfall(employmentType, total));
    }
}
