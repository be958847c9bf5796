package id.latih.programs.adapter.out.mongo;

import id.latih.programs.domain.Hold;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One facilitator or room of a region and the holds on it; {@code version} guards every change. */
@Document(BookingDocument.COLLECTION)
record BookingDocument(@Id String id, String regionCode, String field, String name, List<Hold> holds,
                       long version) {

    static final String COLLECTION = "bookings";

    BookingDocument {
        holds = holds == null ? List.of() : List.copyOf(holds);
    }
}
