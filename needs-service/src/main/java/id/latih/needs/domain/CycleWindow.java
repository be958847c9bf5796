package id.latih.needs.domain;

import id.latih.platform.domain.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A region's or province's AKPK cycle of one year: its agencies analyse their needs and have them approved by the
 * deadline. A region's window stands over its province's for the region's agencies.
 */
public record CycleWindow(String id, DictionaryOwner owner, String ownerKey, int year, LocalDate deadline,
                          String openedBy, Instant openedAt) {

    public CycleWindow {
        if (owner != DictionaryOwner.REGION && owner != DictionaryOwner.PROVINCE) {
            throw new InvalidValueException("level", "a cycle is opened by a REGION or a PROVINCE");
        }
        if (deadline.getYear() < year - 1 || deadline.getYear() > year + 1) {
            throw new InvalidValueException("deadline", "must fall within a year of the cycle year " + year);
        }
    }

    public static String idFor(String ownerKey, int year) {
        return "AKPK-" + year + "-" + ownerKey;
    }
}
