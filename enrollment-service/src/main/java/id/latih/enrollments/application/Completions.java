package id.latih.enrollments.application;

import id.latih.enrollments.domain.JpLedger;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The read side of completed enrollments: the JP each employee earned in a year. */
public interface Completions {

    /** The completed programs of the employee in the year. */
    List<JpLedger.Entry> of(String nip, int year);

    /** The JP earned in the year by each employee of the agency who completed anything. */
    Map<String, Integer> jpByNip(String agencyCode, int year);

    /** The programs the employee has completed, in any year. */
    Set<String> completedPrograms(String nip);

    /** The programs each employee of the agency is confirmed or waitlisted in. */
    Map<String, Set<String>> activeProgramsByNip(String agencyCode);
}
