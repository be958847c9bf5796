package id.latih.evaluations.application;

import id.latih.evaluations.domain.Program;
import id.latih.evaluations.domain.ProgramCosts;
import id.latih.evaluations.domain.TargetLevel;
import id.latih.events.ProgramDesign;
import id.latih.events.ProgramPublished;
import id.latih.events.ProgramRevised;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * Keeps the local copy of programs in step with program-service: evaluation needs to know who organises a program
 * (who enters its scores and reads its report), the competencies and target levels its on-the-job check rates, when
 * that check falls due, and the budget its ROI divides by, without calling program-service. Both events carry the
 * whole program, so a revision replaces the copy; versions make repeated and out-of-order deliveries harmless.
 */
@Service
public class ProgramReplica {

    private final Programs programs;
    private final EvaluationProperties properties;

    public ProgramReplica(Programs programs, EvaluationProperties properties) {
        this.programs = programs;
        this.properties = properties;
    }

    public void published(ProgramPublished e) {
        Program program = program(e.programId(), e.agencyCode(), e.title(), e.competencyCode(), e.design(),
                e.startDate(), e.endDate());
        programs.published(program, e.version(), closesOn(program));
    }

    public void revised(ProgramRevised e) {
        Program program = program(e.programId(), e.agencyCode(), e.title(), e.competencyCode(), e.design(),
                e.startDate(), e.endDate());
        programs.revised(program, e.version(), closesOn(program));
    }

    private LocalDate closesOn(Program program) {
        return program.evaluationClosesOn(properties.behaviourFollowUpMonths(), properties.behaviourCheckExpiryDays());
    }

    private static Program program(String id, String agency, String title, String competency, ProgramDesign design,
                                   LocalDate start, LocalDate end) {
        ProgramDesign d = design == null ? ProgramDesign.none() : design;
        return new Program(id, agency, title, competency, d.targetCompetencies().stream()
                .map(t -> new TargetLevel(t.competencyCode(), t.targetLevel())).toList(),
                d.behaviourFollowUpDays(), new ProgramCosts(d.fixedCosts(), d.costPerParticipant()), start, end);
    }
}
