package id.latih.enrollments.application;

import id.latih.enrollments.domain.JpLedger;
import id.latih.enrollments.domain.SelfReportedLearning;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Self-reported learning and its supervisors' decisions. */
public interface SelfReports {

    void add(SelfReportedLearning report);

    Optional<SelfReportedLearning> find(String id);

    /** Stores the decision while the report is still pending; false if it was decided meanwhile. */
    boolean decide(SelfReportedLearning decided);

    /** The employee's reports, latest learning first, at most {@code limit}. */
    List<SelfReportedLearning> of(String nip, int limit);

    /** The employee's approved learning completed in the year. */
    List<JpLedger.Entry> approvedOf(String nip, int year);

    /** The JP of approved learning completed in the year by each employee of the agency who reported any. */
    Map<String, Integer> approvedJpByNip(String agencyCode, int year);
}
