package id.latih.programs.adapter.in.web;

import id.latih.platform.security.AgencyScope;
import id.latih.programs.application.AgencyBudgets;
import id.latih.programs.application.BacklogDemand;
import id.latih.programs.application.BacklogPage;
import id.latih.programs.application.CancelProgram;
import id.latih.programs.application.CatalogPage;
import id.latih.programs.application.CloseProgram;
import id.latih.programs.application.ProgramCalendar;
import id.latih.programs.application.ProgramQueries;
import id.latih.programs.application.PublishProgram;
import id.latih.programs.application.ReviseProgram;
import id.latih.programs.application.SetBudgetCeiling;
import id.latih.programs.application.SuggestPrograms;
import id.latih.programs.domain.Program;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProgramController {

    private final PublishProgram publishProgram;
    private final ReviseProgram reviseProgram;
    private final CancelProgram cancelProgram;
    private final CloseProgram closeProgram;
    private final ProgramQueries queries;
    private final BacklogDemand backlogDemand;
    private final AgencyBudgets budgets;
    private final SetBudgetCeiling setBudgetCeiling;
    private final SuggestPrograms suggestPrograms;
    private final ProgramCalendar calendar;

    ProgramController(PublishProgram publishProgram, ReviseProgram reviseProgram, CancelProgram cancelProgram,
                      CloseProgram closeProgram, ProgramQueries queries, BacklogDemand backlogDemand,
                      AgencyBudgets budgets, SetBudgetCeiling setBudgetCeiling, SuggestPrograms suggestPrograms,
                      ProgramCalendar calendar) {
        this.calendar = calendar;
        this.suggestPrograms = suggestPrograms;
        this.setBudgetCeiling = setBudgetCeiling;
        this.budgets = budgets;
        this.backlogDemand = backlogDemand;
        this.publishProgram = publishProgram;
        this.reviseProgram = reviseProgram;
        this.cancelProgram = cancelProgram;
        this.closeProgram = closeProgram;
        this.queries = queries;
    }

    /** Creates and publishes a program in one step (integrations that need no draft). */
    @PostMapping("/api/programs")
    @ResponseStatus(HttpStatus.CREATED)
    ProgramView publish(AgencyScope caller, @Valid @RequestBody Requests.PublishProgram body) {
        return view(publishProgram.publish(caller, body.toCommand()));
    }

    /** A new revision of a published program: the whole program as it now is, replacing the last revision. */
    @PostMapping("/api/programs/{id}/revisions")
    ProgramView revise(AgencyScope caller, @PathVariable String id,
                       @Valid @RequestBody Requests.PublishProgram body) {
        return view(reviseProgram.revise(caller, id, body.toCommand()));
    }

    @PostMapping("/api/programs/{id}/cancel")
    ProgramView cancel(AgencyScope caller, @PathVariable String id, @Valid @RequestBody Requests.Cancellation body) {
        return view(cancelProgram.cancel(caller, id, body.reason()));
    }

    @PostMapping("/api/programs/{id}/close")
    ProgramView close(AgencyScope caller, @PathVariable String id) {
        return view(closeProgram.close(caller, id));
    }

    /**
     * The catalog the caller may read, one page, as a JSON array (so clients of the unpaged list keep working); the
     * number of all matching programs is in the {@code X-Total-Count} header.
     */
    @GetMapping("/api/programs")
    ResponseEntity<List<ProgramView>> programs(AgencyScope caller,
                                               @RequestParam(required = false) String competencyCode,
                                               @RequestParam(required = false) String method,
                                               @RequestParam(required = false) String month,
                                               @RequestParam(required = false) String agencyCode,
                                               @RequestParam(required = false) String status,
                                               @RequestParam(required = false) String page,
                                               @RequestParam(required = false) String size,
                                               @RequestParam(required = false) String sort) {
        CatalogPage found = queries.programs(caller,
                CatalogQuery.filter(competencyCode, method, month, agencyCode, status),
                CatalogQuery.page(page, size, sort));
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(found.total()))
                .body(found.programs().stream().map(this::view).toList());
    }

    @GetMapping("/api/programs/{id}")
    ProgramView program(AgencyScope caller, @PathVariable String id) {
        ProgramQueries.Detail detail = queries.program(caller, id);
        return ProgramView.of(detail.program(), calendar.statusOf(detail.program()), detail.confirmedSeats());
    }

    private ProgramView view(Program program) {
        return ProgramView.of(program, calendar.statusOf(program), null);
    }

    /** Unplanned needs by agency and competency, most affected staff first. */
    @GetMapping("/api/backlog/demand")
    List<DemandView> demand(AgencyScope caller, @RequestParam(required = false) String cycleYear) {
        return backlogDemand.demand(caller, CatalogQuery.year("cycleYear", cycleYear)).stream().map(DemandView::of).toList();
    }

    /** Competencies several agencies of a region need, each proposed as one shared class with quotas. */
    @GetMapping("/api/backlog/pooling")
    List<PoolingProposalView> pooling(AgencyScope caller, @RequestParam(required = false) String cycleYear) {
        return backlogDemand.pooling(caller, CatalogQuery.year("cycleYear", cycleYear)).stream().map(PoolingProposalView::of)
                .toList();
    }

    /** Planned, committed and realised training cost per organising agency for a year. */
    @GetMapping("/api/budgets")
    List<BudgetView> budgets(AgencyScope caller, @RequestParam(required = false) String year) {
        return budgets.forYear(caller, CatalogQuery.requiredYear(year)).stream().map(BudgetView::of).toList();
    }

    /** The caller's agency's training budget ceiling for a year (agency admins). */
    @PostMapping("/api/budgets/ceilings")
    BudgetCeilingView setCeiling(AgencyScope caller, @Valid @RequestBody Requests.Ceiling body) {
        return BudgetCeilingView.of(setBudgetCeiling.set(caller, body.year(), body.ceiling()));
    }

    /** Open programs for a need, best fit and most effective first. */
    @GetMapping("/api/backlog/{needId}/suggestions")
    List<SuggestionView> suggestions(AgencyScope caller, @PathVariable String needId) {
        return suggestPrograms.forNeed(caller, needId).stream().map(SuggestionView::of).toList();
    }

    /**
     * The needs the caller may read, one page ordered by competency, as a JSON array; the number of all matching
     * needs is in the {@code X-Total-Count} header.
     */
    @GetMapping("/api/backlog")
    ResponseEntity<List<BacklogNeedView>> backlog(AgencyScope caller,
                                                  @RequestParam(required = false) String competencyCode,
                                                  @RequestParam(required = false) String cycleYear,
                                                  @RequestParam(required = false) String needStatus,
                                                  @RequestParam(required = false) String unplanned,
                                                  @RequestParam(required = false) String page,
                                                  @RequestParam(required = false) String size) {
        BacklogPage found = queries.backlog(caller,
                CatalogQuery.backlogFilter(competencyCode, cycleYear, needStatus, unplanned),
                CatalogQuery.backlogPage(page, size));
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(found.total()))
                .body(found.needs().stream().map(BacklogNeedView::of).toList());
    }
}
