package id.latih.programs.adapter.in.web;

import id.latih.events.ProgramDesign;
import id.latih.programs.domain.Program;
import id.latih.programs.domain.ProgramStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * A program as the API shows it; its design in the shape the program events carry it. {@code confirmedSeats} only
 * when one program is read (null in lists and in answers to changes). {@code status}: DRAFT, PUBLISHED (enrollment
 * open, not started), RUNNING (from the first day), CLOSED or CANCELLED; {@code revision} 0 for a draft.
 */
record ProgramView(String id, String agencyCode, String title, String competencyCode, String route, String method,
                   int jp, int capacity, LocalDate startDate, LocalDate endDate, List<String> needIds,
                   String status, int revision, Integer confirmedSeats, String objectives, ProgramDesign design) {

    /** {@code status} as of today: RUNNING from a published program's first day. */
    static ProgramView of(Program p, ProgramStatus status, Integer confirmedSeats) {
        return new ProgramView(p.id(), p.agencyCode(), p.title(), p.competencyCode(), p.route().name(),
                p.method().name(), p.jp(), p.capacity(), p.startDate(), p.endDate(), p.needIds(), status.name(),
                p.revision(), confirmedSeats, p.design().objectives(), p.design().toEvent());
    }
}
