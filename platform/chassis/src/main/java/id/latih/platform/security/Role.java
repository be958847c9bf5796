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
    /** Runs the platform: reads metrics and info, replays dead letters. Not an agency role; reads no agency data. */
    PLATFORM_OPERATOR
}
