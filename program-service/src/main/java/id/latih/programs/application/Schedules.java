package id.latih.programs.application;

import id.latih.programs.domain.Program;
import id.latih.programs.domain.Session;
import java.util.List;

/** The sessions of open programs, as far as they book facilitators and rooms. */
public interface Schedules {

    /**
     * Open programs of the region, other than {@code exceptProgramId}, with a session overlapping {@code session}
     * that has its facilitator or its place.
     */
    List<Program> booking(String regionCode, Session session, String exceptProgramId);
}
