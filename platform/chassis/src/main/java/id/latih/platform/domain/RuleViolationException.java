package id.latih.platform.domain;

/** The command is well-formed but the current state forbids it, e.g. enrolling in a full program. */
public class RuleViolationException extends DomainException {

    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    @Override
    public String kind() {
        return rule;
    }
}
