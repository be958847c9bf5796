package id.latih.needs.application;

/** An employee moved by a transfer whose needs in the releasing agency {@code fromAgency} are still to be released. */
public record PendingRelease(String nip, String fromAgency) {
}
