package id.latih.platform.messaging;

/** A message that can never be processed: no or unknown type, unreadable body. Goes to the dead-letter topic at once. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
