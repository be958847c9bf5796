package id.latih.platform.security;

import java.util.Arrays;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who is calling and what they may see, taken only from the validated token; never from a header or parameter.
 * Agency codes start with the region's code: {@code 3273.DINKES} is an agency of region 3273 (Kota Bandung) in
 * province 32 (Jawa Barat), so a region or province sees every agency whose code starts with its own.
 * <p>
 * Reading and writing are different questions. A caller reads as far as its widest role reaches ({@link #reach()}):
 * an employee their own records, a supervisor their staff's, an agency role its agency, an analyst a region or
 * province. A caller writes only its own agency's data ({@link #requireWriteTo}), whatever it may read: oversight
 * roles look across agencies but never change them.
 */
public record AgencyScope(String subject, String agencyCode, String regionCode, String provinceCode,
                          Set<Role> roles, String nip) {

    /** How far a caller's reads reach, narrowest first. */
    public enum Reach {
        /** No role that reads anything. */
        NONE,
        /** An employee: their own records. */
        SELF,
        /** A supervisor: their own and their staff's records. */
        STAFF,
        /** An agency's admin, system or program designer: everything of the agency. */
        AGENCY,
        /** A region's analyst: every agency of the region, read-only. */
        REGION,
        /** A province's analyst: every agency of the province, read-only. */
        PROVINCE;

        public boolean atLeast(Reach other) {
            return compareTo(other) >= 0;
        }
    }

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

    /**
     * Refuses a write to data of {@code ownerAgencyCode} unless it is the caller's own agency. Use cases find the
     * target with the read scope first (outside it: not found), then call this before they change anything, so a
     * region or province analyst who may read the record still cannot change it.
     */
    public AgencyScope requireWriteTo(String ownerAgencyCode) {
        if (!agencyCode.equals(ownerAgencyCode)) {
            throw new AccessDeniedException("Only agency " + ownerAgencyCode + " changes its own data");
        }
        return this;
    }

    /** The agency that new records written by this caller belong to: always the caller's own. */
    public String owningAgency() {
        return agencyCode;
    }

    public Reach reach() {
        if (has(Role.PROVINCE_ANALYST) && provinceCode != null) {
            return Reach.PROVINCE;
        }
        if (has(Role.REGION_ANALYST) && regionCode != null) {
            return Reach.REGION;
        }
        if (has(Role.AGENCY_ADMIN) || has(Role.INTEGRATION) || has(Role.PROGRAM_DESIGNER)) {
            return Reach.AGENCY;
        }
        if (has(Role.SUPERVISOR) && nip != null) {
            return Reach.STAFF;
        }
        if (has(Role.EMPLOYEE) && nip != null) {
            return Reach.SELF;
        }
        return Reach.NONE;
    }

    /** Refuses a read to a caller with no role that reads; returns how far its reads reach. */
    public Reach requireReader() {
        Reach reach = reach();
        if (reach == Reach.NONE) {
            throw new AccessDeniedException("Reading requires a Latih role");
        }
        return reach;
    }

    /** The widest prefix of agency codes this caller may read; the agency code itself for agency and personal reach. */
    public String visiblePrefix() {
        return switch (requireReader()) {
            case PROVINCE -> provinceCode;
            case REGION -> regionCode + ".";
            default -> agencyCode;
        };
    }

    /** Whether the caller may read a record of the agency that is not about one person (a program, a seat count). */
    public boolean canRead(String recordAgencyCode) {
        String prefix = visiblePrefix();
        if (prefix.equals(agencyCode)) {
            return agencyCode.equals(recordAgencyCode);
        }
        return recordAgencyCode != null && recordAgencyCode.startsWith(prefix);
    }

    /**
     * Whether the caller may read a record about the person {@code personNip} of {@code recordAgencyCode}: agency
     * roles and analysts as for any record of the agency; an employee only their own; a supervisor also their staff.
     */
    public boolean canReadPerson(String recordAgencyCode, String personNip, Supervision supervision) {
        if (!canRead(recordAgencyCode)) {
            return false;
        }
        return switch (reach()) {
            case SELF -> nip.equals(personNip);
            case STAFF -> nip.equals(personNip)
                    || supervision.staffOf(agencyCode, nip).contains(personNip);
            default -> true;
        };
    }
}
