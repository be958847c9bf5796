package id.latih.programs.application;

import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import id.latih.programs.domain.BacklogNeed;
import id.latih.programs.domain.LearningMethod;
import id.latih.programs.domain.LearningRoute;
import id.latih.programs.domain.Program;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * A program designer or agency admin publishes a program of the caller's own agency and announces it
 * (ProgramPublished). The needs it names must be in the backlog the caller may read: a region's training centre
 * plans for the needs of every agency of its region, but the program is its own. They are marked as planned when this service reads its own ProgramPublished back
 * ({@link BacklogUpdates#programPublished}): the program and its event are one atomic write, so a crash can never
 * leave a published program whose needs still look unplanned.
 */
@Service
public class PublishProgram {

    public record Command(String title, String competencyCode, LearningRoute route, LearningMethod method, int jp,
                          int capacity, LocalDate startDate, LocalDate endDate, List<String> needIds) {
    }

    private final ProgramStore programs;
    private final Backlog backlog;
    private final Clock clock;

    public PublishProgram(ProgramStore programs, Backlog backlog, Clock clock) {
        this.programs = programs;
        this.backlog = backlog;
        this.clock = clock;
    }

    public Program publish(AgencyScope caller, Command c) {
        caller.requireAny(Role.PROGRAM_DESIGNER, Role.AGENCY_ADMIN);
        requireKnownNeeds(caller, c.needIds());
        Program program = Program.publish(caller.owningAgency(), c.title(), c.competencyCode(), c.route(),
                c.method(), c.jp(), c.capacity(), c.startDate(), c.endDate(), c.needIds(), LocalDate.now(clock));
        programs.add(program, program.published(clock.instant()));
        return program;
    }

    private void requireKnownNeeds(AgencyScope caller, List<String> needIds) {
        Set<String> known = backlog.find(needIds).stream().filter(n -> caller.canRead(n.agencyCode()))
                .map(BacklogNeed::needId).collect(Collectors.toSet());
        List<String> unknown = needIds.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidValueException("needIds", "not in your backlog: " + String.join(", ", unknown));
        }
    }
}
