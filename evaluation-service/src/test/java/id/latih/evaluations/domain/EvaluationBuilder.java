package id.latih.evaluations.domain;

import id.latih.events.TrainingCompleted;
import id.latih.events.TrainingNotCompleted;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Evaluation files for tests: a class of participants with their test scores. */
final class EvaluationBuilder {

    private EvaluationBuilder() {
    }

    static Evaluation completed(String nip, Integer pre, Integer post) {
        Evaluation opened = Evaluation.openFor(new TrainingCompleted(UUID.randomUUID(), Instant.now(), "3273.DINKES",
                "E-" + UUID.randomUUID(), "P-1", nip, "M.05", 24, LocalDate.of(2026, 5, 8)), LocalDate.of(2026, 8, 8));
        return withScores(opened, new LearningScores(pre, post), false);
    }

    static Evaluation notCompleted(String nip) {
        return Evaluation.openFor(new TrainingNotCompleted(UUID.randomUUID(), Instant.now(), "3273.DINKES",
                "E-" + UUID.randomUUID(), "P-1", nip, "attendance below 80%"));
    }

    static Evaluation withScores(Evaluation e, LearningScores scores, boolean followUpRecommended) {
        return new Evaluation(e.id(), e.agencyCode(), e.enrollmentId(), e.programId(), e.nip(), e.competencyCode(),
                e.jpEarned(), e.completedOn(), e.behaviourCheckDue(), e.status(), e.outcome(), scores,
                followUpRecommended, e.reaction(), e.behaviour());
    }

    static final class Class {

        private final List<Evaluation> files = new ArrayList<>();

        Class with(Integer pre, Integer post) {
            files.add(completed(String.format("1985031520100110%02d", files.size()), pre, post));
            return this;
        }

        List<Evaluation> files() {
            return files;
        }
    }
}
