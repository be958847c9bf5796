package id.latih.evaluations.application;

import id.latih.evaluations.domain.Evaluation;
import java.util.List;

/** One page of evaluation files and how many there are in all. */
public record EvaluationPage(List<Evaluation> items, int page, int size, long totalItems) {
}
