package id.latih.needs.application;

import id.latih.needs.domain.Transfer;
import id.latih.platform.domain.AgencyCodes;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.AgencyScope.Reach;
import id.latih.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see and decide transfers. Decide: the releasing agency's admin or system, or those of its region's
 * training centre (agency {@code <region>.BKPSDM} by default), which runs the region's staffing. See: besides them,
 * the receiving agency, and read-only the region's and province's analysts.
 */
@Component
class TransferAuthority {

    private final TransferProperties properties;

    TransferAuthority(TransferProperties properties) {
        this.properties = properties;
    }

    boolean mayDecide(AgencyScope caller, Transfer transfer) {
        if (!caller.has(Role.AGENCY_ADMIN) && !caller.has(Role.INTEGRATION)) {
            return false;
        }
        return caller.agencyCode().equals(transfer.fromAgency()) || isCentreOf(caller, transfer.fromAgency());
    }

    boolean maySee(AgencyScope caller, Transfer transfer) {
        String prefix = visiblePrefix(caller);
        return exact(caller) ? prefix.equals(transfer.fromAgency()) || prefix.equals(transfer.toAgency())
                : transfer.fromAgency().startsWith(prefix) || transfer.toAgency().startsWith(prefix);
    }

    /** The agency codes whose transfers the caller sees: their own agency, or a region or province prefix. */
    String visiblePrefix(AgencyScope caller) {
        Reach reach = caller.requireReader();
        if (!reach.atLeast(Reach.REGION) && isCentreOf(caller, caller.agencyCode())) {
            return AgencyCodes.regionOf(caller.agencyCode()) + ".";
        }
        if (!reach.atLeast(Reach.AGENCY)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Transfers are seen by agency roles and analysts");
        }
        return caller.visiblePrefix();
    }

    boolean exact(AgencyScope caller) {
        return visiblePrefix(caller).equals(caller.agencyCode());
    }

    private boolean isCentreOf(AgencyScope caller, String agencyCode) {
        return (caller.has(Role.AGENCY_ADMIN) || caller.has(Role.INTEGRATION))
                && caller.agencyCode().equals(AgencyCodes.regionOf(agencyCode) + "." + properties.regionCentre());
    }
}
