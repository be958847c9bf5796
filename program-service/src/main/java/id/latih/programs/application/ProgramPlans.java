package id.latih.programs.application;

import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.security.AgencyScope;
import id.latih.programs.domain.BacklogNeed;
import id.latih.programs.domain.LearningMethod;
import id.latih.programs.domain.LearningRoute;
import id.latih.programs.domain.ProgramPlan;
import id.latih.programs.domain.TargetLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Turns what a designer sends into a program plan, for publishing and revising alike. The needs it names must be in
 * the backlog the caller may read (a region's training centre plans for every agency of its region), and its
 * prerequisites must be programs the caller can see. Without target levels of its own, the program aims at the
 * highest level its linked needs require of its competency.
 */
@Service
public class ProgramPlans {

    public record Command(String title, String competencyCode, LearningRoute route, LearningMethod method, int jp,
                          int capacity, LocalDate startDate, LocalDate endDate, List<String> needIds,
                          DesignCommand design) {
    }

    private final ProgramStore programs;
    private final Backlog backlog;
    private final ProgramSettings settings;

    public ProgramPlans(ProgramStore programs, Backlog backlog, ProgramSettings settings) {
        this.programs = programs;
        this.backlog = backlog;
        this.settings = settings;
    }

    ProgramPlan plan(AgencyScope caller, Command c) {
        List<BacklogNeed> needs = knownNeeds(caller, c.needIds());
        requireKnownPrerequisites(caller, c.design().prerequisiteProgramIds());
        requireMainCompetencyTargeted(c);
        return new ProgramPlan(c.title(), c.competencyCode(), c.route(), c.method(), c.jp(), c.capacity(),
                c.startDate(), c.endDate(), c.needIds(),
                c.design().toDesign(settings, derivedTargets(c.competencyCode(), needs)));
    }

    private List<BacklogNeed> knownNeeds(AgencyScope caller, List<String> needIds) {
        List<BacklogNeed> known = backlog.find(needIds).stream().filter(n -> caller.canRead(n.agencyCode())).toList();
        Set<String> knownIds = known.stream().map(BacklogNeed::needId).collect(Collectors.toSet());
        List<String> unknown = needIds.stream().filter(id -> !knownIds.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidValueException("needIds", "not in your backlog: " + String.join(", ", unknown));
        }
        return known;
    }

    private void requireKnownPrerequisites(AgencyScope caller, List<String> programIds) {
        List<String> unknown = programIds.stream()
                .filter(id -> programs.find(id).filter(p -> caller.canRead(p.agencyCode())).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidValueException("prerequisiteProgramIds", "unknown programs: "
                    + String.join(", ", unknown));
        }
    }

    private static void requireMainCompetencyTargeted(Command c) {
        List<TargetLevel> targets = c.design().targets();
        if (!targets.isEmpty() && targets.stream().noneMatch(t -> t.competencyCode().equals(c.competencyCode()))) {
            throw new InvalidValueException("targetCompetencies", "must include the program's competency "
                    + c.competencyCode());
        }
    }

    private static List<TargetLevel> derivedTargets(String competencyCode, List<BacklogNeed> needs) {
        return needs.stream().filter(n -> n.competencyCode().equals(competencyCode))
                .mapToInt(BacklogNeed::requiredLevel).max()
                .stream().mapToObj(level -> new TargetLevel(competencyCode, level)).toList();
    }
}
