package id.latih.programs.adapter.in.web;

import id.latih.events.ProgramDesign;
import id.latih.programs.domain.Program;
import java.time.LocalDate;
import java.util.List;

/**
 * A program as the API shows it; its design in the shape the program events carry it. {@code confirmedSeats} only
 * when one program is read (null in lists and in answers to changes).
 */
record ProgramView(String id, String agencyCode, String title, String competencyCode, String route, String method,
                   int jp, int capacity, LocalDate startDate, LocalDate endDate, List<String> needIds,
                   String status, int revision, Integer confirmedSeats, String objectives, ProgramDesign design) {

    static ProgramView of(Program p) {
        return of(p, null);
    }

    static ProgramView of(Program p, Integer confirmedSeats) {
        return new ProgramView(p.id(), p.agencyCode(), p.title(), p.competencyCode(), p.route().name(),
                p.method().name(), p.jp(), p.capacity(), p.startDate(), p.endDate(), p.needIds(), p.status().name(),
                p.revision(), confirmedSeats, p.design().objectives(), p.design().toEvent());
    }
}
