package id.latih.needs.application;

import id.latih.needs.domain.Employee;
import id.latih.needs.domain.PositionRequirements;
import id.latih.needs.domain.PositionStandard;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.security.AgencyScope;
import org.springframework.stereotype.Service;

/**
 * Reads position standards: agency roles their agency's, analysts their region's or province's. Also gives the use
 * cases what an employee's current and next positions require, the only source of a gap's required level.
 */
@Service
public class PositionStandardQueries {

    private final PositionStandards standards;
    private final StandardsProperties properties;

    public PositionStandardQueries(PositionStandards standards, StandardsProperties properties) {
        this.standards = standards;
        this.properties = properties;
    }

    public ResultPage<PositionStandard> list(AgencyScope caller, int page, int size) {
        caller.requireReader();
        return standards.findVisibleTo(caller, page, size);
    }

    public PositionStandard find(AgencyScope caller, String agencyCode, String positionTitle) {
        String agency = agencyCode == null ? caller.agencyCode() : agencyCode;
        if (!caller.canRead(agency)) {
            throw new NotFoundException("Position standard", positionTitle);
        }
        return standards.find(agency, positionTitle)
                .orElseThrow(() -> new NotFoundException("Position standard", positionTitle));
    }

    /** What the employee's position, and the next one its standard names, require. */
    public PositionRequirements requirementsOf(Employee employee) {
        PositionStandard current = standards.find(employee.agencyCode(), employee.positionTitle()).orElse(null);
        PositionStandard next = current == null || current.nextPositionTitle() == null ? null
                : standards.find(employee.agencyCode(), current.nextPositionTitle()).orElse(null);
        return new PositionRequirements(employee.jobType(), current, next, properties.defaults());
    }
}
