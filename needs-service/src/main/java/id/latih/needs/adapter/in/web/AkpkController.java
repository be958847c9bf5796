package id.latih.needs.adapter.in.web;

import id.latih.needs.application.AgencyNeedFilter;
import id.latih.needs.application.AkpkQueries;
import id.latih.needs.application.ApproveAkpk;
import id.latih.needs.application.OpenAkpkCycle;
import id.latih.needs.application.RunAkpkAnalysis;
import id.latih.needs.application.VerifyAkpk;
import id.latih.needs.domain.AgencyAnalysis;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.security.AgencyScope;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The yearly AKPK: the region's cycle, each agency's analysis, verification and approval, and their needs. */
@RestController
@RequestMapping("/api/akpk")
class AkpkController {

    private final OpenAkpkCycle openCycle;
    private final RunAkpkAnalysis runAnalysis;
    private final VerifyAkpk verify;
    private final ApproveAkpk approve;
    private final AkpkQueries queries;

    AkpkController(OpenAkpkCycle openCycle, RunAkpkAnalysis runAnalysis, VerifyAkpk verify, ApproveAkpk approve,
                   AkpkQueries queries) {
        this.openCycle = openCycle;
        this.runAnalysis = runAnalysis;
        this.verify = verify;
        this.approve = approve;
        this.queries = queries;
    }

    /** Opens (or moves the deadline of) the region's or province's cycle of the year. */
    @PutMapping("/{year}/cycle")
    CycleView open(AgencyScope caller, @PathVariable int year, @Valid @RequestBody Requests.OpenCycle body) {
        return CycleView.of(openCycle.open(caller, new OpenAkpkCycle.Command(checked(year), body.deadline(),
                body.level())));
    }

    @PostMapping("/{year}/analysis")
    AkpkView analyse(AgencyScope caller, @PathVariable int year) {
        return view(runAnalysis.run(caller, checked(year)));
    }

    @PostMapping("/{year}/verification")
    AkpkView verify(AgencyScope caller, @PathVariable int year) {
        return view(verify.verify(caller, checked(year)));
    }

    @PostMapping("/{year}/approval")
    AkpkView approve(AgencyScope caller, @PathVariable int year) {
        return view(approve.approve(caller, checked(year)));
    }

    /** The caller's agency's AKPK of the year, or, for oversight, the one of {@code agencyCode}. */
    @GetMapping("/{year}")
    AkpkView find(AgencyScope caller, @PathVariable int year, @Valid @ModelAttribute Requests.AkpkOf query) {
        return view(queries.find(caller, query.agencyCode(), checked(year)));
    }

    /** The AKPKs of the agencies the caller oversees, by agency; {@code late=true}: only those past the deadline. */
    @GetMapping("/{year}/agencies")
    PageView<AkpkView> agencies(AgencyScope caller, @PathVariable int year,
                                @Valid @ModelAttribute Requests.AkpkAgencies query) {
        return PageView.of(queries.agencies(caller, checked(year), query.lateOnly(), query.pageOrFirst(),
                query.sizeOrDefault()), this::view);
    }

    /** The needs of the year, highest priority first by default. */
    @GetMapping("/{year}/needs")
    PageView<AgencyNeedView> needs(AgencyScope caller, @PathVariable int year,
                                   @Valid @ModelAttribute Requests.AkpkNeeds query) {
        AgencyNeedFilter filter = new AgencyNeedFilter(checked(year), query.status(), query.competencyCode(),
                query.agencyCode(), query.sort() == null ? AgencyNeedFilter.Order.PRIORITY : query.sort());
        return PageView.of(queries.needs(caller, filter, query.pageOrFirst(), query.sizeOrDefault()),
                AgencyNeedView::of);
    }

    /** One need with a page of its staff, largest gap first. */
    @GetMapping("/needs/{id}")
    AgencyNeedView need(AgencyScope caller, @PathVariable String id, @Valid @ModelAttribute Requests.Paging query) {
        return AgencyNeedView.of(queries.need(caller, id), query.pageOrFirst(), query.sizeOrDefault());
    }

    private AkpkView view(AgencyAnalysis analysis) {
        return AkpkView.of(analysis, queries.isLate(analysis));
    }

    private static int checked(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidValueException("year", "must be a year from 2000 to 2100");
        }
        return year;
    }
}
