package id.latih.needs.domain;

import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.domain.RuleViolationException;
import java.time.Instant;

/**
 * A transfer (mutasi) requested by the agency that registers a NIP another agency holds: the person, the releasing
 * and the receiving agency, and the profile the receiving agency gives them. At most one is open per person. Approved,
 * it moves the employee with all their evidence (assessments, performance ratings) to the receiving agency, with no
 * work unit: the releasing agency's unit means nothing there, and the receiving agency sets its own by an update.
 */
public record Transfer(Nip nip, String fromAgency, String toAgency, Profile profile, String requestedBy,
                       Instant requestedAt) {

    /** The profile in the receiving agency: name, employment and job type, position, supervisor there. */
    public record Profile(String name, EmploymentType employmentType, JobType jobType, String positionTitle,
                          Nip supervisorNip) {
    }

    /** A decided transfer as the employee's history keeps it: who decided what, and when. */
    public record Decision(String fromAgency, String toAgency, boolean approved, String requestedBy,
                           Instant requestedAt, String decidedBy, Instant decidedAt) {
    }

    public static Transfer request(Employee held, String toAgency, Profile profile, String requestedBy, Instant at) {
        if (held.agencyCode().equals(toAgency)) {
            throw new RuleViolationException("already-registered",
                    "An employee with NIP " + held.nip().value() + " is already registered");
        }
        if (held.nip().equals(profile.supervisorNip())) {
            throw new InvalidValueException("supervisorNip", "an employee does not supervise themselves");
        }
        Nip.parse(held.nip().value(), profile.employmentType());
        return new Transfer(held.nip(), held.agencyCode(), toAgency, profile, requestedBy, at);
    }

    /** The employee in the receiving agency: the new profile, one version newer, every piece of evidence kept. */
    public Employee applyTo(Employee held) {
        if (!held.agencyCode().equals(fromAgency) || !held.nip().equals(nip)) {
            throw new RuleViolationException("transfer-stale",
                    "Employee " + nip.value() + " is no longer with " + fromAgency);
        }
        return new Employee(nip, toAgency, profile.name(), profile.employmentType(), profile.jobType(),
                profile.positionTitle(), profile.supervisorNip(), held.assessments(), held.version() + 1,
                held.performanceRatings(), null);
    }

    public Decision decided(boolean approved, String decidedBy, Instant at) {
        return new Decision(fromAgency, toAgency, approved, requestedBy, requestedAt, decidedBy, at);
    }
}
