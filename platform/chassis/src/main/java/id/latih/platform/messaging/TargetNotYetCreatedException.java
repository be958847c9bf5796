package id.latih.platform.messaging;

/**
 * An event that changes a replica document arrived before the event that creates the document. The creator is on
 * its way (it was published first), so this is retried like an outage rather than dead-lettered; creating a
 * half-built document from the change instead would leave a replica with fields nobody ever sets.
 */
public class TargetNotYetCreatedException extends RuntimeException {

    public TargetNotYetCreatedException(String collection, String id) {
        super("No " + collection + " document " + id + " yet; the event that creates it has not been applied");
    }
}
