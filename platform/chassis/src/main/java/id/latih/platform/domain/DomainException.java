package id.latih.platform.domain;

/**
 * A command was refused by a domain rule. Plain Java, so domain code can throw it; the web adapter turns each kind
 * into an RFC 9457 problem with a stable type.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }

    /** The stable problem kind, the last segment of the problem's {@code type} URI. */
    public abstract String kind();
}
