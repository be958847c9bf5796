package id.latih.programs.application;

import id.latih.platform.domain.AgencyCodes;
import id.latih.platform.domain.InvalidValueException;
import id.latih.programs.domain.Program;
import id.latih.programs.domain.Session;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Refuses a schedule that books a facilitator or a room twice at the same time across the open programs of the
 * region: facilitators and venues are shared by the agencies of one local government, and not beyond it (names
 * repeat across regions). Checked before the write; see docs/architecture.md for the narrow race this leaves.
 */
@Service
class ScheduleCheck {

    private final Schedules schedules;

    ScheduleCheck(Schedules schedules) {
        this.schedules = schedules;
    }

    void requireFree(Program program) {
        List<Session> sessions = program.design().sessions();
        String region = AgencyCodes.regionOf(program.agencyCode());
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            for (Program other : schedules.booking(region, session, program.id())) {
                for (Session booked : other.design().sessions()) {
                    int index = i;
                    session.clashWith(booked).ifPresent(what -> {
                        throw new InvalidValueException("sessions[" + index + "]." + what, "is booked by program "
                                + other.id() + " (" + other.title() + ") from " + booked.startsAt() + " to "
                                + booked.endsAt());
                    });
                }
            }
        }
    }
}
