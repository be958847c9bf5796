package id.latih.programs.application;

import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.AgencyScope.Reach;
import id.latih.programs.domain.Demand;
import id.latih.programs.domain.PoolingProposal;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * What designers plan from: the unplanned needs of the agencies they read, by how many staff they affect and how
 * wide the gap is; and, for a region, the competencies several agencies need, proposed as one shared class with
 * quotas in proportion to each agency's staff. Counts and need ids only, for agency roles and analysts: employees
 * and supervisors read the backlog itself.
 */
@Service
public class BacklogDemand {

    private final Backlog backlog;
    private final ProgramSettings settings;

    public BacklogDemand(Backlog backlog, ProgramSettings settings) {
        this.backlog = backlog;
        this.settings = settings;
    }

    public List<Demand> demand(AgencyScope caller, Integer cycleYear) {
        requireAgencyReach(caller);
        return backlog.unplannedDemand(caller, cycleYear).stream()
                .sorted(Comparator.comparingInt(Demand::affectedStaff).reversed()
                        .thenComparing(Comparator.comparingDouble(Demand::averageGap).reversed())
                        .thenComparing(Demand::agencyCode).thenComparing(Demand::competencyCode))
                .toList();
    }

    public List<PoolingProposal> pooling(AgencyScope caller, Integer cycleYear) {
        requireAgencyReach(caller);
        return PoolingProposal.propose(backlog.unplannedDemand(caller, cycleYear), settings.poolingClassSize());
    }

    private static void requireAgencyReach(AgencyScope caller) {
        if (!caller.reach().atLeast(Reach.AGENCY)) {
            throw new AccessDeniedException("The backlog's demand is for agency roles and analysts");
        }
    }
}
