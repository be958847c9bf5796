package id.latih.needs.application;

import id.latih.needs.domain.Transfer;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.security.AgencyScope;
import org.springframework.stereotype.Service;

/**
 * Open transfers the caller may see, oldest first (a work queue): an agency's own, outgoing and incoming; a region's
 * training centre and analysts those of the region's agencies; a province's analysts the province's.
 */
@Service
public class ListTransfers {

    private final EmployeeStore employees;
    private final TransferAuthority authority;

    public ListTransfers(EmployeeStore employees, TransferAuthority authority) {
        this.employees = employees;
        this.authority = authority;
    }

    public ResultPage<Transfer> open(AgencyScope caller, int page, int size) {
        return employees.openTransfers(authority.visiblePrefix(caller), authority.exact(caller), page, size);
    }

    public Transfer find(AgencyScope caller, String nip) {
        return employees.openTransferOf(nip).filter(t -> authority.maySee(caller, t))
                .orElseThrow(() -> new NotFoundException("Employee transfer", nip));
    }
}
