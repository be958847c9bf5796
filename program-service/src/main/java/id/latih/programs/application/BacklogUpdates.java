package id.latih.programs.application;

import id.latih.events.NeedIdentified;
import id.latih.events.NeedStatusChanged;
import id.latih.events.ProgramPublished;
import org.springframework.stereotype.Service;

/** Keeps the backlog in step with the needs analysis and with the programs published for it. */
@Service
public class BacklogUpdates {

    private final Backlog backlog;

    public BacklogUpdates(Backlog backlog) {
        this.backlog = backlog;
    }

    public void needIdentified(NeedIdentified need) {
        backlog.add(need);
    }

    public void needStatusChanged(NeedStatusChanged change) {
        backlog.changeStatus(change);
    }

    public void programPublished(ProgramPublished program) {
        backlog.plan(program.needIds(), program.programId(), program.eventId());
    }
}
