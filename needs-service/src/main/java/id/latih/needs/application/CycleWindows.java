package id.latih.needs.application;

import id.latih.needs.domain.CycleWindow;
import java.util.Optional;

/** Where the regions' and provinces' AKPK cycles live. */
public interface CycleWindows {

    /** Stores the window, replacing the same owner's window of the same year (a new deadline). */
    void save(CycleWindow window);

    /** The window that applies to {@code agencyCode} in {@code year}: its region's, else its province's. */
    Optional<CycleWindow> findFor(String agencyCode, int year);
}
