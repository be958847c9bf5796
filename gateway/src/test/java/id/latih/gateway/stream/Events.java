package id.latih.gateway.stream;

import id.latih.events.EmployeeRegistered;
import id.latih.events.EnrollmentConfirmed;
import id.latih.events.NeedIdentified;
import id.latih.events.ProgramPublished;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Small builders of the events the stream tests send. */
final class Events {

    static final String SITI = "198503152010012001";
    static final String BUDI = "199001012015031002";

    private Events() {
    }

    static EmployeeRegistered employeeRegistered(String agency, String nip, String name) {
        return new EmployeeRegistered(UUID.randomUUID(), Instant.now(), agency, nip, name, "PNS", "Perawat",
                "PELAKSANA", BUDI, 1);
    }

    static EnrollmentConfirmed enrollmentConfirmed(String agency, String nip) {
        return new EnrollmentConfirmed(UUID.randomUUID(), Instant.now(), agency, "E-" + UUID.randomUUID(), "P-1", nip);
    }

    static NeedIdentified needIdentified(String agency, String nip) {
        return new NeedIdentified(UUID.randomUUID(), Instant.now(), agency, "N-2026-" + nip + "-M.05", nip, "M.05",
                "MANAJERIAL", 1, 3, "ASSESSMENT", 2026, 1);
    }

    static ProgramPublished programPublished(String agency, String title, String... needIds) {
        LocalDate start = LocalDate.now().plusDays(30);
        return new ProgramPublished(UUID.randomUUID(), Instant.now(), agency, "P-" + UUID.randomUUID(), title,
                "M.05", "KLASIKAL", "WORKSHOP", 8, 30, start, start.plusDays(1), List.of(needIds), 1);
    }
}
