package id.latih.evaluations.application;

import id.latih.evaluations.domain.BehaviourReport;
import id.latih.evaluations.domain.Evaluation;
import id.latih.evaluations.domain.LearningReport;
import id.latih.evaluations.domain.MonetaryBenefits;
import id.latih.evaluations.domain.ResultsReport;
import id.latih.evaluations.domain.Verdict;
import id.latih.evaluations.domain.ReactionReport;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
                                BehaviourReport behaviour, ResultsReport results, Verdict verdict,
                                Instant evaluationCompletedAt) {

        public Double reactionPercent() {
            return reaction.percentOfTop();
        }
    }

    private final ProgramAccess access;
    private final Evaluations evaluations;
    private final EvaluationProperties properties;
    private final ProgramResults results;
    private final Clock clock;

    public ProgramReports(ProgramAccess access, Evaluations evaluations, EvaluationProperties properties,
                          ProgramResults results, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.evaluations = evaluations;
        this.properties = properties;
        this.results = results;
    }

    public ProgramReport report(AgencyScope caller, String programId) {
        Program program = access.forReader(caller, programId);
        List<Evaluation> files = evaluations.findInProgram(programId);
        Optional<MonetaryBenefits> benefits = results.benefitsOf(programId);
        ReactionReport reaction = ReactionReport.of(files, properties.questionnaire());
        LearningReport learning = LearningReport.of(files, properties.gainBands());
        BehaviourReport behaviour = BehaviourReport.of(files, program.targets(), LocalDate.now(clock));
        ResultsReport money = ResultsReport.of(program.costs(), files.size(),
                benefits.map(MonetaryBenefits::amount).orElse(null), benefits.map(MonetaryBenefits::basis).orElse(null));
        return new ProgramReport(program, reaction, learning, behaviour, money,
                properties.verdictRules().verdict(reaction.percentOfTop(), learning.classGain(),
                        behaviour.shareApplying()),
                results.evaluationCompletedAt(programId).orElse(null));
    }
}
