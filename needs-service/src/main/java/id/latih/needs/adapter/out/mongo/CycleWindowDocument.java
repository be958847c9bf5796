package id.latih.needs.adapter.out.mongo;

import id.latih.needs.domain.CycleWindow;
import id.latih.needs.domain.DictionaryOwner;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A region's or province's AKPK cycle as stored; its id names owner and year, so each has one per year. */
@Document(CycleWindowDocument.COLLECTION)
record CycleWindowDocument(@Id String id, DictionaryOwner owner, String ownerKey, int year, LocalDate deadline,
                           String openedBy, Instant openedAt) {

    static final String COLLECTION = "akpk_cycles";

    static CycleWindowDocument of(CycleWindow w) {
        return new CycleWindowDocument(w.id(), w.owner(), w.ownerKey(), w.year(), w.deadline(), w.openedBy(),
                w.openedAt());
    }

    CycleWindow toWindow() {
        return new CycleWindow(id, owner, ownerKey, year, deadline, openedBy, openedAt);
    }
}
