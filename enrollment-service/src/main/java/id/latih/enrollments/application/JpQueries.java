package id.latih.enrollments.application;

import id.latih.enrollments.application.EmployeeDirectory.KnownEmployee;
import id.latih.enrollments.domain.JpDuty;
import id.latih.enrollments.domain.JpLedger;
import id.latih.enrollments.domain.Offering;
import id.latih.platform.domain.AgencyCodes;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.AgencyScope.Reach;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The JP ledger of one employee (completed programs and approved self-reported learning) and the compliance of an
 * agency: who is below the yearly target, by how much, and
 * which of the year's remaining offerings would close each gap. A person is shown only to callers who may read
 * them (the employee, their supervisor, their agency, an analyst above it).
 */
@Service
public class JpQueries {

    /** The most rows one page of the compliance list holds. */
    public static final int MAX_PAGE_SIZE = 200;
    /** How many offerings that would close a gap are suggested per person. */
    private static final int SUGGESTIONS = 3;

    /** An employee below the target and the upcoming offerings, not yet taken, whose JP would close the gap. */
    public record Gap(KnownEmployee employee, JpLedger ledger, List<Offering> closingOfferings) {
    }

    /** One page of an agency's gaps, largest first, with the counts of the whole agency. */
    public record Compliance(String agencyCode, int year, int employees, int belowTarget, int page, int size,
                             List<Gap> gaps) {
    }

    private final EmployeeDirectory employees;
    private final Completions completions;
    private final SelfReports selfReports;
    private final Offerings offerings;
    private final JpDuty duty;
    private final Clock clock;

    public JpQueries(EmployeeDirectory employees, Completions completions, SelfReports selfReports,
                     Offerings offerings, EnrollmentProperties properties, Clock clock) {
        this.employees = employees;
        this.selfReports = selfReports;
        this.completions = completions;
        this.offerings = offerings;
        this.duty = properties.jpDuty();
        this.clock = clock;
    }

    public JpLedger ledger(AgencyScope caller, String nip, Integer year) {
        KnownEmployee employee = employees.find(nip)
                .filter(e -> caller.canReadPerson(e.agencyCode(), nip, employees::staffOf))
                .orElseThrow(() -> new NotFoundException("Employee", nip));
        int ledgerYear = year(year);
        List<JpLedger.Entry> entries = new ArrayList<>(completions.of(nip, ledgerYear));
        entries.addAll(selfReports.approvedOf(nip, ledgerYear));
        return JpLedger.of(nip, ledgerYear, employee.employmentType(), entries, duty);
    }

    public Compliance compliance(AgencyScope caller, String agencyCode, Integer year, int page, int size) {
        if (caller.requireReader() == Reach.SELF) {
            throw new AccessDeniedException("An employee reads their own ledger, not their agency's");
        }
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidValueException(page < 0 ? "page" : "size", "page from 0, size from 1 to "
                    + MAX_PAGE_SIZE);
        }
        String agency = agencyCode == null ? caller.owningAgency() : agencyCode;
        if (!caller.canRead(agency)) {
            throw new NotFoundException("Agency", agency);
        }
        int complianceYear = year(year);
        List<KnownEmployee> people = employees.inAgency(agency).stream()
                .filter(e -> caller.canReadPerson(agency, e.nip(), employees::staffOf)).toList();
        Map<String, Integer> earned = new HashMap<>(completions.jpByNip(agency, complianceYear));
        selfReports.approvedJpByNip(agency, complianceYear).forEach((nip, jp) -> earned.merge(nip, jp, Integer::sum));
        LocalDate today = LocalDate.now(clock);
        List<Offering> upcoming = offerings.findInRegion(AgencyCodes.regionOf(agency)).stream()
                .filter(o -> o.startDate().isAfter(today) && o.startDate().getYear() == complianceYear)
                .sorted(Comparator.comparing(Offering::startDate)).toList();
        Map<String, Set<String>> taken = completions.activeProgramsByNip(agency);
        List<Gap> gaps = people.stream()
                .map(e -> new Gap(e, JpLedger.of(e.nip(), complianceYear, e.employmentType(), List.of(), duty)
                        .withEarned(earned.getOrDefault(e.nip(), 0), duty), List.of()))
                .filter(g -> g.ledger().shortfall() > 0)
                .sorted(Comparator.comparingInt((Gap g) -> g.ledger().shortfall()).reversed()
                        .thenComparing(g -> g.employee().nip()))
                .toList();
        List<Gap> pageOfGaps = gaps.stream().skip((long) page * size).limit(size)
                .map(g -> new Gap(g.employee(), g.ledger(), upcoming.stream()
                        .filter(o -> o.jp() >= g.ledger().shortfall())
                        .filter(o -> !taken.getOrDefault(g.employee().nip(), Set.of()).contains(o.programId()))
                        .limit(SUGGESTIONS).toList()))
                .toList();
        return new Compliance(agency, complianceYear, people.size(), gaps.size(), page, size, pageOfGaps);
    }

    private int year(Integer year) {
        int value = year == null ? LocalDate.now(clock).getYear() : year;
        if (value < 2000 || value > 2100) {
            throw new InvalidValueException("year", "must be from 2000 to 2100");
        }
        return value;
    }
}
