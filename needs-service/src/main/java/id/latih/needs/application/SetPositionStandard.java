package id.latih.needs.application;

import id.latih.needs.domain.PositionStandard;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Sets the standard of one of the caller's agency's positions, replacing the earlier one. Each competency must be in
 * a dictionary the agency uses, named by its place in the list when it is not; a competency listed twice is refused
 * rather than one of the levels silently kept. Analysts read standards but never set them.
 */
@Service
public class SetPositionStandard {

    public record RequiredLevel(String competencyCode, int level) {
    }

    public record Command(String positionTitle, String nextPositionTitle, List<RequiredLevel> requiredLevels) {
    }

    private final PositionStandards standards;
    private final CompetencyDictionary dictionary;

    public SetPositionStandard(PositionStandards standards, CompetencyDictionary dictionary) {
        this.standards = standards;
        this.dictionary = dictionary;
    }

    public PositionStandard set(AgencyScope caller, Command command) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.INTEGRATION);
        String agency = caller.owningAgency();
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (int i = 0; i < command.requiredLevels().size(); i++) {
            RequiredLevel required = command.requiredLevels().get(i);
            String field = "requiredLevels[" + i + "].competencyCode";
            dictionary.require(field, agency, required.competencyCode());
            if (levels.put(required.competencyCode(), required.level()) != null) {
                throw new InvalidValueException(field,
                        required.competencyCode() + " is listed twice");
            }
        }
        PositionStandard standard = new PositionStandard(agency, command.positionTitle().strip(),
                command.nextPositionTitle() == null ? null : command.nextPositionTitle().strip(), levels);
        standards.save(standard);
        return standard;
    }
}
