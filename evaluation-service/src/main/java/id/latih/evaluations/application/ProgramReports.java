package id.latih.evaluations.application;

import id.latih.evaluations.domain.BehaviourReport;
import id.latih.evaluations.domain.Evaluation;
import id.latih.evaluations.domain.LearningReport;
import id.latih.evaluations.domain.MonetaryBenefits;
import id.latih.evaluations.domain.ResultsReport;
import id.latih.evaluations.domain.ServiceResults;
import id.latih.evaluations.domain.Verdict;
import id.latih.evaluations.domain.ReactionReport;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import id.latih.evaluations.domain.Program;
import id.latih.platform.security.AgencyScope;
import org.springframework.stereotype.Service;

/**
 * A program's evaluation report for its organiser and the analysts above it: class figures only, never a
 * participant's NIP or name (participants' own agencies read their staff's files through the evaluations list).
 */
@Service
public class ProgramReports {

    /** A program's report with the program it is about. */
    public record ProgramReport(Program program, ReactionReport reaction, LearningReport learning,
                                BehaviourReport behaviour, ServiceResults service, ResultsReport results,
                                Verdict verdict, Instant evaluationCompletedAt,
                                ProgramResults.ClosedBy evaluationClosedBy) {

        public Double reactionPercent() {
            return reaction.percentOfTop();
        }
    }

    private final ProgramAccess access;
    private final Evaluations evaluations;
    private final EvaluationProperties properties;
    private final ProgramResults results;
    private final Clock clock;
    private final SatisfactionMeasurements measurements;
    private final ReactionForms forms;

    public ProgramReports(ProgramAccess access, Evaluations evaluations, EvaluationProperties properties,
                          ProgramResults results, SatisfactionMeasurements measurements, ReactionForms forms,
                          Clock clock) {
        this.forms = forms;
        this.measurements = measurements;
        this.clock = clock;
        this.access = access;
        this.evaluations = evaluations;
        this.properties = properties;
        this.results = results;
    }

    /** Level 4 for the participants' agencies; none for a program without dates. */
    private ServiceResults service(Program program, List<Evaluation> files) {
        if (program.startDate() == null || program.endDate() == null) {
            return ServiceResults.of(List.of(), Instant.MIN, Instant.MAX);
        }
        Set<String> agencies = files.stream().map(Evaluation::agencyCode).collect(Collectors.toSet());
        return ServiceResults.of(agencies.isEmpty() ? List.of() : measurements.ofAgencies(agencies),
                program.startDate().atStartOfDay(clock.getZone()).toInstant(),
                program.endDate().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    public ProgramReport report(AgencyScope caller, String programId) {
        return reportOf(access.forReader(caller, programId));
    }

    /** The report as it stands, for the use cases that have checked the caller already (or act for no caller). */
    ProgramReport reportOf(Program program) {
        String programId = program.programId();
        Optional<ProgramResults.Closure> closure = results.closureOf(programId);
        List<Evaluation> files = evaluations.findInProgram(programId);
        Optional<MonetaryBenefits> benefits = results.benefitsOf(programId);
        ReactionReport reaction = ReactionReport.of(files, forms.currentOf(program.agencyCode()),
                forms.allOf(program.agencyCode()));
        LearningReport learning = LearningReport.of(files, properties.gainBands());
        BehaviourReport behaviour = BehaviourReport.of(files, program.targets(), LocalDate.now(clock));
        ResultsReport money = ResultsReport.of(program.costs(), files.size(),
                benefits.map(MonetaryBenefits::amount).orElse(null), benefits.map(MonetaryBenefits::basis).orElse(null));
        return new ProgramReport(program, reaction, learning, behaviour, service(program, files), money,
                properties.verdictRules().verdict(reaction.percentOfTop(), learning.classGain(),
                        behaviour.shareApplying()),
                closure.map(ProgramResults.Closure::at).orElse(null),
                closure.map(ProgramResults.Closure::by).orElse(null));
    }
}
