package id.latih.programs.application;

import id.latih.platform.security.AgencyScope;
import id.latih.programs.domain.Program;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The organising agency's designer publishes a draft: checked again (its start date may have passed), within the
 * budget ceiling, its facilitators and rooms booked, then stored as revision 1 with ProgramPublished in one write.
 * Enrollment opens from here.
 */
@Service
public class PublishDraft {

    private final ProgramLifecycle lifecycle;
    private final ScheduleBooking schedule;
    private final CeilingCheck ceiling;
    private final ProgramSettings settings;
    private final Clock clock;

    public PublishDraft(ProgramLifecycle lifecycle, ScheduleBooking schedule, CeilingCheck ceiling,
                        ProgramSettings settings, Clock clock) {
        this.lifecycle = lifecycle;
        this.schedule = schedule;
        this.ceiling = ceiling;
        this.settings = settings;
        this.clock = clock;
    }

    public Program publish(AgencyScope caller, String programId) {
        Program draft = lifecycle.writable(caller, programId);
        Program published = draft.publishDraft(settings.earliestStart(clock), settings.timeZone());
        ceiling.requireWithin(caller, published);
        return schedule.bookAndStore(published, draft,
                () -> lifecycle.store(draft, published, List.of(published.published(clock.instant()))));
    }
}
