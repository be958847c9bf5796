package id.latih.needs.application;

import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.AgencyScope.Reach;
import id.latih.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Whose AKPK a caller reads: an agency's roles and its head their agency's, a region's or province's analysts every
 * agency below them. AKPK needs name staff across the agency, so supervisors and employees read them only through
 * their own needs, never here.
 *
 * @param agencyCode the one agency read, or null
 * @param prefix     the prefix of the agencies read, or null
 */
public record AkpkVisibility(String agencyCode, String prefix) {

    public static AkpkVisibility of(AgencyScope caller) {
        Reach reach = caller.reach();
        if (reach == Reach.REGION) {
            return new AkpkVisibility(null, caller.regionCode() + ".");
        }
        if (reach == Reach.PROVINCE) {
            return new AkpkVisibility(null, caller.provinceCode());
        }
        if (reach == Reach.AGENCY || caller.has(Role.HEAD_OF_AGENCY)) {
            return new AkpkVisibility(caller.agencyCode(), null);
        }
        throw new AccessDeniedException("An AKPK is read by its agency's roles, its head and oversight analysts");
    }

    public boolean includes(String agency) {
        return agencyCode != null ? agencyCode.equals(agency) : agency != null && agency.startsWith(prefix);
    }
}
