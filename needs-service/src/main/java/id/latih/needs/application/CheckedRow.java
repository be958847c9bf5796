package id.latih.needs.application;

import id.latih.needs.domain.EmploymentType;
import id.latih.needs.domain.JobType;
import id.latih.needs.domain.Nip;
import id.latih.needs.domain.WorkUnit;

/** One data row of an employee file after its checks: a profile to apply, or the first reason it is refused. */
public sealed interface CheckedRow {

    /** {@code unit} null: the row names no work unit, and the employee's unit stays as it is. */
    record Valid(Nip nip, String name, EmploymentType employmentType, JobType jobType, String positionTitle,
                 Nip supervisorNip, WorkUnit unit) implements CheckedRow {

        public Valid(Nip nip, String name, EmploymentType employmentType, JobType jobType, String positionTitle,
                     Nip supervisorNip) {
            this(nip, name, employmentType, jobType, positionTitle, supervisorNip, null);
        }
    }

    /** {@code field} names the column (as in the JSON API); {@code value} is the cell as found, not yet neutralised. */
    record Rejected(String field, String reason, String value) implements CheckedRow {
    }
}
