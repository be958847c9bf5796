package id.latih.evaluations.application;

import id.latih.evaluations.domain.Program;
import id.latih.events.ProgramPublished;
import id.latih.events.ProgramRevised;
import org.springframework.stereotype.Service;

/**
 * Keeps the local copy of programs in step with program-service: evaluation needs to know who organises a program
 * (who enters its scores and reads its report) without calling program-service. Versions make repeated and
 * out-of-order deliveries harmless.
 */
@Service
public class ProgramReplica {

    private final Programs programs;

    public ProgramReplica(Programs programs) {
        this.programs = programs;
    }

    public void published(ProgramPublished e) {
        programs.published(new Program(e.programId(), e.agencyCode(), e.title(), e.competencyCode()), e.version());
    }

    public void revised(ProgramRevised e) {
        programs.revised(e.programId(), e.title(), e.version());
    }
}
