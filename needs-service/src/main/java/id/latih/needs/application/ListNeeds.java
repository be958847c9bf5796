package id.latih.needs.application;

import id.latih.needs.domain.Need;
import id.latih.platform.security.AgencyScope;
import org.springframework.stereotype.Service;

/**
 * The needs the caller may see: an employee their own, a supervisor their staff's, agency roles their agency's,
 * analysts their region's or province's.
 */
@Service
public class ListNeeds {

    private final NeedStore needs;
    private final EmployeeStore employees;

    public ListNeeds(NeedStore needs, EmployeeStore employees) {
        this.needs = needs;
        this.employees = employees;
    }

    public ResultPage<Need> list(AgencyScope caller, NeedFilter filter, NeedFilter.NeedOrder order, int page,
                                 int size) {
        caller.requireReader();
        return needs.findVisibleTo(caller, employees::staffOf, filter, order, page, size);
    }
}
