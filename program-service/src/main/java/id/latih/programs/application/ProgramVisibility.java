package id.latih.programs.application;

import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import id.latih.programs.domain.Program;

/**
 * Who sees a program: a draft only its own agency's designers and admins (nobody else knows it exists); a
 * published one everyone who reads its organiser's agency, and the staff of agencies it is open to.
 */
final class ProgramVisibility {

    private ProgramVisibility() {
    }

    static boolean canSee(AgencyScope caller, Program p) {
        if (p.isDraft()) {
            return draftsVisibleTo(caller, p.agencyCode());
        }
        return caller.canRead(p.agencyCode()) || p.openTo().contains(caller.agencyCode());
    }

    static boolean draftsVisibleTo(AgencyScope caller, String agencyCode) {
        return caller.agencyCode().equals(agencyCode)
                && (caller.has(Role.PROGRAM_DESIGNER) || caller.has(Role.AGENCY_ADMIN));
    }
}
