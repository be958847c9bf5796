package id.latih.evaluations.application;

/**
 * One line of an organiser's score sheet: a participant's pre- and/or post-test. A score left out (null) keeps what
 * was recorded before, so pre-tests can be entered before the program and post-tests after it.
 */
public record LearningEntry(String nip, Integer preTest, Integer postTest) {
}
