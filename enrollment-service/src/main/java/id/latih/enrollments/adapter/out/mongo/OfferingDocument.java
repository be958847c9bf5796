package id.latih.enrollments.adapter.out.mongo;

import id.latih.enrollments.domain.Offering;
import id.latih.enrollments.domain.OfferingStatus;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The offering replica; {@code seatsTaken} and {@code seatHolders} are this service's own. */
@Document(OfferingDocument.COLLECTION)
record OfferingDocument(@Id String id, String agencyCode, String regionCode, String title, String competencyCode,
                        int jp, int capacity, int seatsTaken, LocalDate startDate, LocalDate endDate,
                        OfferingStatus status, List<String> seatHolders) {

    static final String COLLECTION = "offerings";

    Offering toOffering() {
        return new Offering(id, agencyCode, title, competencyCode, jp, capacity, seatsTaken, startDate, endDate,
                status, seatHolders);
    }
}
