package id.latih.platform.problem;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Answers for failures the caller cannot fix: a 503 {@code unavailable} when the store cannot be reached, a 500
 * {@code internal} for anything else. Neither shows the exception: the caller gets a correlation id (in the problem
 * and the {@value #CORRELATION_HEADER} header), the log gets the same id with the stack trace. The id is the request's
 * trace id (see {@link Problems}).
 */
public final class UnexpectedErrors {

    public static final String CORRELATION_HEADER = "Latih-Correlation-Id";

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    private UnexpectedErrors() {
    }

    public static ResponseEntity<ProblemDetail> answer(Throwable error, String method, String path, Locale locale) {
        return answer(error, storeUnreachable(error), method, path, locale);
    }

    /** For a server error status raised without an exception (e.g. by the container): 503 stays "unavailable". */
    public static ResponseEntity<ProblemDetail> answer(int status, String method, String path, Locale locale) {
        return answer(null, status == HttpStatus.SERVICE_UNAVAILABLE.value(), method, path, locale);
    }

    private static ResponseEntity<ProblemDetail> answer(Throwable error, boolean unavailable, String method,
                                                        String path, Locale locale) {
        String correlationId = Problems.correlationId();
        ProblemDetail problem;
        if (unavailable) {
            LOG.warn("Unavailable [correlationId={}] {} {}: {}", correlationId, method, path, String.valueOf(error));
            problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                    "The service or its store cannot be reached right now; try again shortly", locale);
        } else {
            LOG.error("Unexpected error [correlationId={}] {} {}", correlationId, method, path, error);
            problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                    "Quote the correlation id when reporting this", locale);
        }
        problem.setProperty(Problems.CORRELATION_ID, correlationId);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus())
                .header(CORRELATION_HEADER, correlationId);
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            response.header("Retry-After", "5");
        }
        return response.body(problem);
    }

    static boolean storeUnreachable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                    || t instanceof QueryTimeoutException || t instanceof MongoSocketException
                    || t instanceof MongoTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
