package id.latih.needs.adapter.in.web;

import id.latih.needs.application.EmployeeProfile;
import id.latih.platform.security.AgencyScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An employee's competency profile with gaps and needs history. */
@RestController
class EmployeeProfileController {

    private final EmployeeProfile profile;

    EmployeeProfileController(EmployeeProfile profile) {
        this.profile = profile;
    }

    @GetMapping("/api/employees/{nip}/profile")
    EmployeeProfileView profile(AgencyScope caller, @PathVariable String nip) {
        return EmployeeProfileView.of(profile.of(caller, nip));
    }
}
