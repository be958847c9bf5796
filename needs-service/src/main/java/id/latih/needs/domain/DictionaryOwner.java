package id.latih.needs.domain;

/**
 * Who keeps a part of the competency dictionary and so who may use it: the nation (the managerial and socio-cultural
 * competencies of PermenPANRB 38/2017, built in), a province or a region (shared technical dictionaries that every
 * agency below it uses), or one agency (its own technical competencies).
 */
public enum DictionaryOwner {
    NATIONAL,
    PROVINCE,
    REGION,
    AGENCY;

    /** The owner key of this level for an agency: "" for the nation, the province, region or agency code. */
    public String keyFor(String agencyCode) {
        String region = agencyCode.substring(0, Math.max(agencyCode.indexOf('.'), 0));
        return switch (this) {
            case NATIONAL -> "";
            case PROVINCE -> region.length() >= 2 ? region.substring(0, 2) : region;
            case REGION -> region;
            case AGENCY -> agencyCode;
        };
    }
}
