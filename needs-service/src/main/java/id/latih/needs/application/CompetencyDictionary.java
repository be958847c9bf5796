package id.latih.needs.application;

import id.latih.needs.domain.Competency;
import id.latih.needs.domain.CompetencyKind;
import id.latih.needs.domain.DictionaryOwner;
import id.latih.platform.domain.CompetencyCodes;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.AgencyScope.Reach;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The dictionary an agency works with: the nation's competencies, its province's and region's shared technical
 * dictionaries and its own. A code is looked up nearest first (agency, region, province, nation), so an agency's own
 * definition stands over a shared one of the same code. Every use of a competency in needs-service goes through
 * {@link #require}, so evidence or a standard about a competency no dictionary of the agency holds is refused.
 */
@Service
public class CompetencyDictionary {

    private final Competencies competencies;

    public CompetencyDictionary(Competencies competencies) {
        this.competencies = competencies;
    }

    /** The dictionaries of {@code agencyCode}, nearest first. */
    static List<String> ownerKeysOf(String agencyCode) {
        return Arrays.stream(new DictionaryOwner[] {DictionaryOwner.AGENCY, DictionaryOwner.REGION,
                DictionaryOwner.PROVINCE, DictionaryOwner.NATIONAL}).map(o -> o.keyFor(agencyCode)).toList();
    }

    /** The competency {@code code} as {@code agencyCode} knows it; refused naming {@code field} if none holds it. */
    public Competency require(String field, String agencyCode, String code) {
        CompetencyCodes.require(field, code);
        return competencies.findNearest(code, ownerKeysOf(agencyCode)).orElseThrow(() ->
                new InvalidValueException(field, code + " is in no competency dictionary of agency " + agencyCode
                        + ": define it first (PUT /api/competencies/" + code + ")"));
    }

    /** One competency as the caller's agency knows it. */
    public Competency find(AgencyScope caller, String code) {
        caller.requireReader();
        if (!CompetencyCodes.isKnown(code)) {
            throw new NotFoundException("Competency", code);
        }
        return competencies.findNearest(code, ownerKeysOf(caller.agencyCode()))
                .orElseThrow(() -> new NotFoundException("Competency", code));
    }

    /**
     * The dictionary the caller may read: its agency's (with the shared and national parts); analysts also see
     * every agency's own competencies in their region or province.
     */
    public ResultPage<Competency> list(AgencyScope caller, CompetencyKind kind, int page, int size) {
        Reach reach = caller.requireReader();
        String prefix = reach == Reach.REGION ? caller.regionCode() + "."
                : reach == Reach.PROVINCE ? caller.provinceCode() : null;
        return competencies.findVisible(ownerKeysOf(caller.agencyCode()), prefix, kind, page, size);
    }
}
