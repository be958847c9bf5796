package id.latih.evaluations.domain;

import id.latih.platform.domain.InvalidValueException;
import java.util.Optional;

/**
 * One participant's pre- and post-test scores, each 0-100 or not (yet) taken.
 * <p>
 * The normalized gain (Hake) is g = (post - pre) / (100 - pre): the share of what there was left to learn that was
 * learned. It is undefined without both scores and when the pre-test is already 100 (nothing left to learn, the
 * formula divides by zero); such a participant is reported as "undefined", never as 0 or 1. A post-test below the
 * pre-test gives a negative gain, which is kept: it is what happened.
 */
public record LearningScores(Integer preTest, Integer postTest) {

    public static final int MAX_SCORE = 100;
    public static final LearningScores NONE = new LearningScores(null, null);

    public LearningScores {
        requireScore("preTest", preTest);
        requireScore("postTest", postTest);
    }

    public boolean complete() {
        return preTest != null && postTest != null;
    }

    public Optional<Double> normalizedGain() {
        if (!complete() || preTest == MAX_SCORE) {
            return Optional.empty();
        }
        return Optional.of((double) (postTest - preTest) / (MAX_SCORE - preTest));
    }

    private static void requireScore(String field, Integer score) {
        if (score != null && (score < 0 || score > MAX_SCORE)) {
            throw new InvalidValueException(field, "must be a score from 0 to " + MAX_SCORE + ", not " + score);
        }
    }
}
