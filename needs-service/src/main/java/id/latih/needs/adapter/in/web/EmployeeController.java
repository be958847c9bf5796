package id.latih.needs.adapter.in.web;

import id.latih.needs.application.AnalyseNeeds;
import id.latih.needs.application.FindEmployee;
import id.latih.needs.application.RecordAssessment;
import id.latih.needs.application.RecordPerformanceRating;
import id.latih.needs.application.RegisterEmployee;
import id.latih.needs.application.Registration;
import id.latih.needs.application.UpdateEmployee;
import id.latih.platform.security.AgencyScope;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/employees")
class EmployeeController {

    private final RegisterEmployee registerEmployee;
    private final FindEmployee findEmployee;
    private final RecordAssessment recordAssessment;
    private final AnalyseNeeds analyseNeeds;
    private final UpdateEmployee updateEmployee;
    private final RecordPerformanceRating recordPerformanceRating;

    EmployeeController(RegisterEmployee registerEmployee, FindEmployee findEmployee,
                       RecordAssessment recordAssessment, AnalyseNeeds analyseNeeds, UpdateEmployee updateEmployee,
                       RecordPerformanceRating recordPerformanceRating) {
        this.registerEmployee = registerEmployee;
        this.findEmployee = findEmployee;
        this.recordAssessment = recordAssessment;
        this.analyseNeeds = analyseNeeds;
        this.updateEmployee = updateEmployee;
        this.recordPerformanceRating = recordPerformanceRating;
    }

    /** 201 with the employee; 202 with a transfer request if another agency holds the NIP (mutasi). */
    @PostMapping
    ResponseEntity<?> register(AgencyScope caller, @Valid @RequestBody Requests.RegisterEmployee body) {
        Registration registration = registerEmployee.register(caller, body.toCommand());
        if (registration instanceof Registration.TransferRequested t) {
            return ResponseEntity.accepted()
                    .location(URI.create("/api/employee-transfers/" + t.transfer().nip().value()))
                    .body(TransferView.open(t.transfer()));
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(EmployeeView.of(((Registration.Registered) registration).employee()));
    }

    @GetMapping("/{nip}")
    EmployeeView find(AgencyScope caller, @PathVariable String nip) {
        return EmployeeView.of(findEmployee.find(caller, nip));
    }

    @PutMapping("/{nip}")
    EmployeeView update(AgencyScope caller, @PathVariable String nip,
                        @Valid @RequestBody Requests.UpdateEmployee body) {
        return EmployeeView.of(updateEmployee.update(caller, nip, body.toCommand()));
    }

    @PostMapping("/{nip}/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    EmployeeView assess(AgencyScope caller, @PathVariable String nip, @Valid @RequestBody Requests.Assess body) {
        return EmployeeView.of(recordAssessment.record(caller, nip, body.toCommand()));
    }

    @PostMapping("/{nip}/performance-ratings")
    @ResponseStatus(HttpStatus.CREATED)
    EmployeeView ratePerformance(AgencyScope caller, @PathVariable String nip,
                                 @Valid @RequestBody Requests.RatePerformance body) {
        return EmployeeView.of(recordPerformanceRating.record(caller, nip, body.year(), body.rating()));
    }

    @PostMapping("/{nip}/needs-analysis")
    List<NeedView> analyse(AgencyScope caller, @PathVariable String nip, @Valid @RequestBody Requests.Analyse body) {
        return analyseNeeds.analyse(caller, nip, body.cycleYear()).stream().map(NeedView::of).toList();
    }
}
