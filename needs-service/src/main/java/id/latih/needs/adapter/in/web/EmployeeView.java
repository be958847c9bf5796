package id.latih.needs.adapter.in.web;

import id.latih.needs.domain.Assessment;
import id.latih.needs.domain.Employee;
import id.latih.needs.domain.EmploymentType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** An employee as the API shows it, with what the NIP tells (birth date, CPNS start, gender) for PNS. */
record EmployeeView(String nip, String agencyCode, String name, String employmentType, String jobType,
                    String positionTitle, LocalDate birthDate, YearMonth cpnsStart, String gender,
                    List<Assessment> assessments) {

    static EmployeeView of(Employee e) {
        boolean pns = e.employmentType() == EmploymentType.PNS;
        return new EmployeeView(e.nip().value(), e.agencyCode(), e.name(), e.employmentType().name(),
                e.jobType().name(), e.positionTitle(), pns ? e.nip().birthDate() : null,
                pns ? e.nip().cpnsStart() : null, pns ? e.nip().gender() : null, e.assessments());
    }
}
