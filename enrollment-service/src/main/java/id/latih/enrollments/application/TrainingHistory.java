package id.latih.enrollments.application;

import java.time.LocalDate;
import java.util.List;

/** Completions as SIASN's training history ("riwayat kursus") records them, read for the export. */
public interface TrainingHistory {

    /**
     * One completion in SIASN's field set (domain brief: employee, agency, training type, course name, organiser,
     * hours, start and end date, year, certificate number, location).
     *
     * @param trainingType the program's learning route and method, e.g. {@code KLASIKAL/WORKSHOP}
     * @param jp           the hours earned, in JP
     */
    record Entry(String nip, String agencyCode, String trainingType, String courseName, String organiser, int jp,
                 LocalDate startDate, LocalDate endDate, int year, String certificateNumber, String location) {
    }

    /** One page of the agency's completions decided in the year, by completion day then NIP. */
    List<Entry> completions(String agencyCode, int year, int page, int size);

    long countCompletions(String agencyCode, int year);
}
