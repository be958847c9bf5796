package id.latih.enrollments.application;

import id.latih.enrollments.domain.Enrollment;
import id.latih.platform.domain.DomainException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * An agency admin or system, or a supervisor for their staff, nominates many employees for one program at once
 * (e.g. all staff a need lists). Each NIP is enrolled exactly as a single request would be, in the order given, so
 * seats and the waitlist follow that order; one refused NIP does not stop the others, and each outcome says why.
 * With an {@code Idempotency-Key}, each NIP's enrollment is keyed by it, so a retried nomination takes no second
 * place for anyone.
 */
@Service
public class NominateEmployees {

    /** What became of one nominated NIP: its enrollment, or the reason it was refused. */
    public record Outcome(String nip, Enrollment enrollment, String refusal, String refusalReason) {
    }

    private final EnrollEmployee enrollEmployee;

    public NominateEmployees(EnrollEmployee enrollEmployee) {
        this.enrollEmployee = enrollEmployee;
    }

    public List<Outcome> nominate(AgencyScope caller, String programId, List<String> nips, String idempotencyKey) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.INTEGRATION, Role.SUPERVISOR);
        List<Outcome> outcomes = new ArrayList<>();
        for (String nip : new LinkedHashSet<>(nips)) {
            String key = idempotencyKey == null ? null : idempotencyKey + "/" + nip;
            try {
                outcomes.add(new Outcome(nip, enrollEmployee.enroll(caller, programId, nip, key), null, null));
            } catch (DomainException refused) {
                outcomes.add(new Outcome(nip, null, refused.kind(), refused.getMessage()));
            } catch (AccessDeniedException refused) {
                outcomes.add(new Outcome(nip, null, "forbidden", refused.getMessage()));
            }
        }
        return outcomes;
    }
}
