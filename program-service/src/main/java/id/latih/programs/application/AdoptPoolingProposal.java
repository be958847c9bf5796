package id.latih.programs.application;

import id.latih.platform.domain.AgencyCodes;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.security.AgencyScope;
import id.latih.programs.domain.LearningMethod;
import id.latih.programs.domain.LearningRoute;
import id.latih.programs.domain.PoolingProposal;
import id.latih.programs.domain.Program;
import id.latih.programs.domain.TargetLevel;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A designer of a region's training centre adopts the pooling proposal for one competency of the region as a
 * draft: the proposal's capacity, quotas, target level and needs, with the title, method, hours and dates the
 * designer adds. The proposal is computed again from the backlog as it now is, so a draft never plans for needs
 * another program has taken meanwhile; the designer completes the draft (sessions, budget) and publishes it.
 */
@Service
public class AdoptPoolingProposal {

    /** What the designer adds to a proposal. */
    public record Command(Integer cycleYear, String competencyCode, String title, LearningRoute route,
                          LearningMethod method, int jp, LocalDate startDate, LocalDate endDate) {
    }

    private final BacklogDemand demand;
    private final DraftProgram drafts;

    public AdoptPoolingProposal(BacklogDemand demand, DraftProgram drafts) {
        this.demand = demand;
        this.drafts = drafts;
    }

    public Program adopt(AgencyScope caller, Command c) {
        String region = AgencyCodes.regionOf(caller.agencyCode());
        PoolingProposal proposal = demand.pooling(caller, c.cycleYear()).stream()
                .filter(p -> p.regionCode().equals(region) && p.competencyCode().equals(c.competencyCode()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Pooling proposal", region + " " + c.competencyCode()));
        DesignCommand design = new DesignCommand(null,
                List.of(new TargetLevel(proposal.competencyCode(), proposal.targetLevel())), List.of(),
                proposal.quotas(), List.of(), List.of(), List.of(), false, null, null, null, null, 0, 0, null,
                List.of(), List.of(), List.of());
        return drafts.draft(caller, new ProgramPlans.Command(c.title(), proposal.competencyCode(), c.route(),
                c.method(), c.jp(), proposal.capacity(), c.startDate(), c.endDate(), proposal.needIds(), design));
    }
}
