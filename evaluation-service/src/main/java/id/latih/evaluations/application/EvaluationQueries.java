package id.latih.evaluations.application;

import id.latih.evaluations.domain.Evaluation;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Supervision;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.input.TextLimits;
import org.springframework.stereotype.Service;

/**
 * What a caller may read: an employee their own evaluations, agency roles their agency's, analysts their region's or
 * province's, a supervisor their staff's (who supervises whom is replicated from needs-service's employee events).
 */
@Service
public class EvaluationQueries {

    private final Evaluations evaluations;
    private final Supervision supervision;

    public EvaluationQueries(Evaluations evaluations, Supervision supervision) {
        this.evaluations = evaluations;
        this.supervision = supervision;
    }

    public Evaluation evaluation(AgencyScope caller, String id) {
        return evaluations.find(id).filter(e -> caller.canReadPerson(e.agencyCode(), e.nip(), supervision))
                .orElseThrow(() -> new NotFoundException("Evaluation", id));
    }

    /**
     * One page of the files the caller may read, optionally of one program or one participant (a filter never widens
     * what the caller sees: an employee asking for someone else's NIP gets an empty page).
     */
    public EvaluationPage evaluations(AgencyScope caller, String programId, String nip, EvaluationOrder order,
                                      int page, int size) {
        caller.requireReader();
        Paging.check(page, size);
        if (programId != null && (programId.isBlank() || programId.length() > TextLimits.ID)) {
            throw new InvalidValueException("programId", "must be a program id of up to " + TextLimits.ID
                    + " characters");
        }
        if (nip != null && (nip.length() != TextLimits.NIP || !nip.chars().allMatch(Character::isDigit))) {
            throw new InvalidValueException("nip", "must be " + TextLimits.NIP + " digits");
        }
        return evaluations.findVisibleTo(caller, supervision, programId, nip, order, page, size);
    }
}
