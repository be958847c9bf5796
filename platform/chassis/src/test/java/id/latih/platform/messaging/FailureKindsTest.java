package id.latih.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.messaging.FailureKinds.Kind;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.MessageHandlingException;

class FailureKindsTest {

    @Test
    void an_unreachable_store_is_transient_however_deeply_the_binder_wraps_it() {
        Exception failure = asDelivered(new DataAccessResourceFailureException("store down",
                new MongoSocketReadException("reset", new ServerAddress())));

        assertThat(FailureKinds.of(failure)).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void an_event_whose_target_is_not_created_yet_is_transient() {
        assertThat(FailureKinds.of(asDelivered(new TargetNotYetCreatedException("offerings", "P-1"))))
                .isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void malformed_and_invalid_events_are_permanent() {
        assertThat(FailureKinds.of(asDelivered(new MalformedEventException("unreadable", null))))
                .isEqualTo(Kind.PERMANENT);
        assertThat(FailureKinds.of(asDelivered(new InvalidValueException("nip", "not a NIP"))))
                .isEqualTo(Kind.PERMANENT);
    }

    @Test
    void any_other_failure_gets_the_bounded_retries() {
        assertThat(FailureKinds.of(asDelivered(new IllegalStateException("bug")))).isEqualTo(Kind.OTHER);
    }

    private static Exception asDelivered(Exception thrownByTheHandler) {
        return new ListenerExecutionFailedException("Listener failed",
                new MessageHandlingException(null, "handler failed", thrownByTheHandler));
    }
}
