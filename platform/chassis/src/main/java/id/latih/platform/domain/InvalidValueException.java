package id.latih.platform.domain;

/** A value does not satisfy its rule, e.g. a NIP whose birth date is not a real date. Names the field. */
public class InvalidValueException extends DomainException {

    private final String field;

    public InvalidValueException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public String kind() {
        return "validation";
    }
}
