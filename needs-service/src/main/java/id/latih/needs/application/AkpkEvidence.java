package id.latih.needs.application;

import id.latih.needs.domain.Employee;
import id.latih.needs.domain.WeakUnit;
import java.util.List;
import java.util.function.Consumer;

/** What an AKPK analysis reads: the agency's employees, one at a time, and its service units' weak IKM elements. */
public interface AkpkEvidence {

    /** Each employee of the agency, streamed, never all in memory at once. */
    void forEachEmployee(String agencyCode, Consumer<Employee> employee);

    /** The agencies with employees whose codes start with {@code prefix}, e.g. {@code 3273.} for a region. */
    List<String> agenciesUnder(String prefix);

    /**
     * The service units of the agency whose surveys of {@code year} or the year before have weak elements pointing
     * to competencies, each with those competencies.
     */
    List<WeakUnit> weakUnits(String agencyCode, int year);
}
