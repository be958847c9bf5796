package id.latih.events;

/** A stage of the cycle: each owns one service and one topic, and publishes only there. */
public enum Stage {
    NEEDS("needs", "needs-service"),
    PROGRAMS("programs", "program-service"),
    ENROLLMENTS("enrollments", "enrollment-service"),
    EVALUATIONS("evaluations", "evaluation-service");

    private final String key;
    private final String service;

    Stage(String key, String service) {
        this.key = key;
        this.service = service;
    }

    public String key() {
        return key;
    }

    public String service() {
        return service;
    }

    /** The one topic this stage publishes to, e.g. {@code latih.needs.events}. */
    public String topic() {
        return "latih." + key + ".events";
    }

    /** The CloudEvents {@code source} of this stage's events, e.g. {@code /latih/needs-service}. */
    public String source() {
        return "/latih/" + service;
    }
}
