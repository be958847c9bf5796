package id.latih.needs.application;

import id.latih.needs.domain.Competency;
import id.latih.needs.domain.CompetencyKind;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where the competency dictionary lives: the built-in national part and every owner's technical competencies. */
public interface Competencies {

    /** Stores the competency, replacing the one of the same owner and code. */
    void save(Competency competency);

    /** The competency {@code code} from the first of {@code ownerKeys} (nearest first) whose dictionary holds it. */
    Optional<Competency> findNearest(String code, List<String> ownerKeys);

    /**
     * A page of the competencies whose owner is one of {@code ownerKeys} or, if {@code ownerPrefix} is not null,
     * starts with it; optionally of one kind; by code, then owner.
     */
    ResultPage<Competency> findVisible(Collection<String> ownerKeys, String ownerPrefix, CompetencyKind kind,
                                       int page, int size);
}
