package id.latih.programs.domain;

import id.latih.platform.domain.AgencyCodes;
import java.util.ArrayList;
import java.util.List;

/**
 * A facilitator or a room of one region, as a key bookings are made under: facilitators and venues are shared by
 * the agencies of one local government, and not beyond it (names repeat across regions).
 *
 * @param field "facilitator" or "place": the session field a clash on it is reported against
 */
public record Resource(String regionCode, String field, String name) {

    public String key() {
        return regionCode + "|" + field + "|" + name;
    }

    /** The resources a session of a program of {@code agencyCode} books: its facilitator and its room, if set. */
    public static List<Resource> of(String agencyCode, Session session) {
        String region = AgencyCodes.regionOf(agencyCode);
        List<Resource> used = new ArrayList<>();
        if (!Session.blank(session.facilitator())) {
            used.add(new Resource(region, "facilitator", session.facilitator()));
        }
        if (!Session.blank(session.place())) {
            used.add(new Resource(region, "place", session.place()));
        }
        return used;
    }
}
