package id.latih.platform.security;

/** Roles carried in the token's {@code roles} claim. */
public enum Role {
    AGENCY_ADMIN,
    SUPERVISOR,
    EMPLOYEE,
    PROGRAM_DESIGNER,
    REGION_ANALYST,
    PROVINCE_ANALYST,
    INTEGRATION,
    /**
     * The head of an agency (PPK): approves the agency's AKPK that its authorised official prepared. Reads its
     * agency's AKPK; grants nothing else by itself.
     */
    HEAD_OF_AGENCY,
    /** Runs the platform: reads metrics and info, replays dead letters. Not an agency role; reads no agency data. */
    PLATFORM_OPERATOR
}
