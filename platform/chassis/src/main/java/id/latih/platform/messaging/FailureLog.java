package id.latih.platform.messaging;

import id.latih.events.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.listener.RetryListener;

/**
 * One log line per failed delivery and per dead letter, naming the event and the root cause, so an operator sees an
 * outage being waited out (WARN) apart from an event given up on (ERROR).
 */
class FailureLog implements RetryListener {

    private static final Logger log = LoggerFactory.getLogger(FailureLog.class);

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int attempt) {
        log.warn("Attempt {} at {} failed, {}: {}", attempt, describe(record),
                FailureKinds.of(failure).name().toLowerCase(Locale.ROOT), rootCause(failure));
    }

    @Override
    public void recovered(ConsumerRecord<?, ?> record, Exception failure) {
        log.error("Dead-lettered {}: {}", describe(record), rootCause(failure));
    }

    @Override
    public void recoveryFailed(ConsumerRecord<?, ?> record, Exception original, Exception failure) {
        log.error("Could not dead-letter {}, it will be retried: {}", describe(record), rootCause(failure));
    }

    private static String describe(ConsumerRecord<?, ?> record) {
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        return (type == null ? "an untyped message" : new String(type.value(), StandardCharsets.UTF_8)) + " "
                + record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private static String rootCause(Exception failure) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
