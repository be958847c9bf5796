package id.latih.gateway.stream;

import java.nio.charset.StandardCharsets;

/**
 * One event as the stream hands it out: CloudEvents JSON (structured mode) in full and with personal data left out,
 * its place in this instance's buffer and what decides who may see it.
 *
 * @param sequence  its place in this gateway instance's stream, from 1
 * @param timestamp the Kafka record's time, in epoch milliseconds: how a resume on another instance finds its place
 * @param ceType    the event's CloudEvents type
 * @param agency    the agency the event belongs to
 * @param personNip the NIP of the person the event is about (its data's {@code nip}), or null
 * @param full      the CloudEvent as JSON
 * @param redacted  the CloudEvent as JSON without personal data: the same text when it holds none
 */
public record StreamEvent(long sequence, long timestamp, String ceType, String agency, String personNip, String full,
                   String redacted) {

    /** Bytes the event holds in the buffer, approximately. */
    long size() {
        long bytes = full.getBytes(StandardCharsets.UTF_8).length;
        return redacted.equals(full) ? bytes : bytes * 2;
    }
}
