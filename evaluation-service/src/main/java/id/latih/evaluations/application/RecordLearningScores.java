package id.latih.evaluations.application;

import id.latih.evaluations.domain.Evaluation;
import id.latih.evaluations.domain.LearningReport;
import id.latih.evaluations.domain.LearningScores;
import id.latih.evaluations.domain.Program;
import id.latih.events.FollowUpRecommended;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.security.AgencyScope;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The organiser enters a class's pre-/post-test scores (Kirkpatrick level 2), one participant or a whole sheet at a
 * time. Every line is checked before anything is stored, so a sheet with one bad line changes nothing. A participant
 * whose gain falls in the low band gets {@code FollowUpRecommended} in the same write as the scores (the outbox), which
 * needs-service turns into a follow-up need of the participant's agency.
 */
@Service
public class RecordLearningScores {

    private final ProgramAccess access;
    private final Evaluations evaluations;
    private final EvaluationProperties properties;
    private final Clock clock;

    public RecordLearningScores(ProgramAccess access, Evaluations evaluations, EvaluationProperties properties,
                                Clock clock) {
        this.access = access;
        this.evaluations = evaluations;
        this.properties = properties;
        this.clock = clock;
    }

    public LearningReport record(AgencyScope caller, String programId, List<LearningEntry> entries) {
        Program program = access.forOrganiser(caller, programId);
        List<Evaluation> files = evaluations.findInProgram(programId);
        Map<String, Evaluation> byNip = files.stream()
                .collect(Collectors.toMap(Evaluation::nip, Function.identity(), (a, b) -> a));
        Map<Evaluation, LearningScores> changes = checked(entries, byNip, programId);
        changes.forEach((file, scores) -> store(program, file, scores));
        return LearningReport.of(evaluations.findInProgram(programId), properties.gainBands());
    }

    private static Map<Evaluation, LearningScores> checked(List<LearningEntry> entries, Map<String, Evaluation> byNip,
                                                           String programId) {
        Map<Evaluation, LearningScores> changes = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            LearningEntry entry = entries.get(i);
            String at = "scores[" + i + "].";
            if (seen.putIfAbsent(entry.nip(), i) != null) {
                throw new InvalidValueException(at + "nip", "appears twice in the sheet (first at line "
                        + seen.get(entry.nip()) + ")");
            }
            if (entry.preTest() == null && entry.postTest() == null) {
                throw new InvalidValueException(at + "preTest", "give a pre-test or a post-test score");
            }
            Evaluation file = Optional.ofNullable(byNip.get(entry.nip())).orElseThrow(() ->
                    new InvalidValueException(at + "nip", "is not a participant of program " + programId));
            LearningScores before = file.learning();
            try {
                changes.put(file, new LearningScores(
                        entry.preTest() != null ? entry.preTest() : before.preTest(),
                        entry.postTest() != null ? entry.postTest() : before.postTest()));
            } catch (InvalidValueException invalid) {
                throw new InvalidValueException(at + invalid.field(), invalid.getMessage());
            }
        }
        return changes;
    }

    private void store(Program program, Evaluation file, LearningScores scores) {
        List<FollowUpRecommended> followUps = file.followUpAfter(scores, properties.gainBands())
                .map(followUp -> new FollowUpRecommended(UUID.randomUUID(), clock.instant(), file.agencyCode(),
                        file.id(), file.nip(), file.competencyCode() != null ? file.competencyCode()
                        : program.competencyCode(), followUp.reason()))
                .stream().toList();
        if (!evaluations.recordLearning(file.id(), scores, followUps)) {
            // A follow-up was recommended by a concurrent sheet meanwhile: store the scores, recommend no second one.
            evaluations.recordLearning(file.id(), scores, List.of());
        }
    }
}
