package id.latih.needs.domain;

/** The nine elements of a community-satisfaction survey (PermenPANRB 14/2017), each answered 1..4. */
public enum IkmElement {
    U1("requirements"),
    U2("procedure"),
    U3("service time"),
    U4("cost"),
    U5("service product"),
    U6("staff competence"),
    U7("staff behaviour"),
    U8("facilities"),
    U9("complaint handling");

    private final String description;

    IkmElement(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
