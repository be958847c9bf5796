package id.latih.platform.domain;

/**
 * Agency codes start with their region's code and a dot: {@code 3273.DINKES} belongs to region 3273 (Kota
 * Bandung), whose first two digits are its province (32, Jawa Barat). The one place that reads that structure.
 */
public final class AgencyCodes {

    private AgencyCodes() {
    }

    public static String regionOf(String agencyCode) {
        int dot = agencyCode.indexOf('.');
        if (dot <= 0) {
            throw new InvalidValueException("agencyCode", "must be <region code>.<agency>, was " + agencyCode);
        }
        return agencyCode.substring(0, dot);
    }
}
