package id.latih.platform.security;

import java.util.Arrays;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who is calling and what they may see, taken only from the validated token; never from a header or parameter.
 * Agency codes start with the region's code: {@code 3273.DINKES} is an agency of region 3273 (Kota Bandung) in
 * province 32 (Jawa Barat), so a region or province sees every agency whose code starts with its own.
 */
public record AgencyScope(String subject, String agencyCode, String regionCode, String provinceCode,
                          Set<Role> roles, String nip) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Refuses the call unless the caller holds one of the roles. */
    public AgencyScope requireAny(Role... allowed) {
        if (Arrays.stream(allowed).noneMatch(this::has)) {
            throw new AccessDeniedException("Requires one of the roles " + Arrays.toString(allowed));
        }
        return this;
    }

    /** The widest prefix of agency codes this caller may read. */
    public String visiblePrefix() {
        if (has(Role.PROVINCE_ANALYST) && provinceCode != null) {
            return provinceCode;
        }
        if (has(Role.REGION_ANALYST) && regionCode != null) {
            return regionCode + ".";
        }
        return agencyCode;
    }

    public boolean canRead(String recordAgencyCode) {
        String prefix = visiblePrefix();
        if (prefix.equals(agencyCode)) {
            return agencyCode.equals(recordAgencyCode);
        }
        return recordAgencyCode != null && recordAgencyCode.startsWith(prefix);
    }

    /** Writes always belong to the caller's own agency. */
    public String owningAgency() {
        return agencyCode;
    }
}
