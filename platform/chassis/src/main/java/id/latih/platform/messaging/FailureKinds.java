package id.latih.platform.messaging;

import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import id.latih.platform.domain.InvalidValueException;
import java.util.List;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.messaging.converter.MessageConversionException;

/**
 * Sorts a consumer's failures by what retrying can do about them:
 * <ul>
 *   <li>permanent: the message itself is bad (unreadable, unknown type, invalid); no retry can help;</li>
 *   <li>transient: something outside the message is missing for now (the store, the document the event changes);
 *       retrying for minutes helps;</li>
 *   <li>anything else: probably a bug or bad data met by the handler; a few retries, then the dead-letter topic.</li>
 * </ul>
 * The exception a handler throws reaches the error handler wrapped by the binder, so causes are searched too.
 */
public final class FailureKinds {

    public enum Kind { PERMANENT, TRANSIENT, OTHER }

    static final List<Class<? extends Exception>> PERMANENT = List.of(MalformedEventException.class,
            InvalidValueException.class, MessageConversionException.class);

    private static final List<Class<? extends Exception>> TRANSIENT = List.of(TransientDataAccessException.class,
            DataAccessResourceFailureException.class, RecoverableDataAccessException.class,
            MongoSocketException.class, MongoTimeoutException.class, MongoNotPrimaryException.class,
            MongoNodeIsRecoveringException.class, TargetNotYetCreatedException.class);

    private FailureKinds() {
    }

    public static Kind of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Throwable current = t;
            if (PERMANENT.stream().anyMatch(kind -> kind.isInstance(current))) {
                return Kind.PERMANENT;
            }
            if (TRANSIENT.stream().anyMatch(kind -> kind.isInstance(current))) {
                return Kind.TRANSIENT;
            }
        }
        return Kind.OTHER;
    }
}
