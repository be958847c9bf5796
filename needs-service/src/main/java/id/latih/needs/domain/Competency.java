package id.latih.needs.domain;

import id.latih.platform.domain.CompetencyCodes;
import id.latih.platform.domain.InvalidValueException;
import java.util.List;

/**
 * One entry of the competency dictionary: its code, kind, name, what it means, and what each of the five levels
 * (1 Paham, 2 Dasar, 3 Menengah, 4 Mumpuni, 5 Ahli) looks like in it. {@code ownerKey} says whose dictionary holds
 * it ({@link DictionaryOwner#keyFor}): agencies define only technical codes; the managerial and socio-cultural ones
 * are the nation's.
 */
public record Competency(String code, CompetencyKind kind, String name, String description,
                         List<String> levelDescriptors, DictionaryOwner owner, String ownerKey) {

    public static final int LEVELS = 5;

    public Competency {
        CompetencyCodes.require("code", code);
        levelDescriptors = List.copyOf(levelDescriptors);
        if (levelDescriptors.size() != LEVELS) {
            throw new InvalidValueException("levelDescriptors", "must describe exactly " + LEVELS
                    + " levels, 1 Paham to 5 Ahli; had " + levelDescriptors.size());
        }
        if (owner != DictionaryOwner.NATIONAL && !CompetencyCodes.isTechnical(code)) {
            throw new InvalidValueException("code", "agencies, regions and provinces define technical competencies"
                    + " only (T.<DICTIONARY>.<NUMBER>); " + code + " is in the national dictionary");
        }
    }

    /** A technical competency of the dictionary of {@code owner} for {@code agencyCode}'s level. */
    public static Competency technical(String code, String name, String description, List<String> levels,
                                       DictionaryOwner owner, String agencyCode) {
        return new Competency(code, CompetencyKind.TEKNIS, name, description, levels, owner,
                owner.keyFor(agencyCode));
    }
}
