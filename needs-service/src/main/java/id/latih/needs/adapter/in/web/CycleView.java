package id.latih.needs.adapter.in.web;

import id.latih.needs.domain.CycleWindow;
import java.time.Instant;
import java.time.LocalDate;

/** A region's or province's AKPK cycle: whose, which year, the deadline, who opened it when. */
record CycleView(String id, String level, String ownerKey, int year, LocalDate deadline, String openedBy,
                 Instant openedAt) {

    static CycleView of(CycleWindow w) {
        return new CycleView(w.id(), w.owner().name(), w.ownerKey(), w.year(), w.deadline(), w.openedBy(),
                w.openedAt());
    }
}
