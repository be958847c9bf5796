package id.latih.platform.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's error controller: whatever reaches the container's error page (an exception thrown by a filter, a
 * status sent outside any controller, a direct call to {@code /error}) is answered as a problem, never with Boot's
 * default body. Server errors go through {@link UnexpectedErrors}, so they carry a correlation id and no internals.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "${spring.web.error.path:${error.path:/error}}",
            produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (error instanceof Throwable failure) {
            return UnexpectedErrors.answer(failure, request.getMethod(), path, request.getLocale());
        }
        int code = status instanceof Integer value ? value : HttpStatus.NOT_FOUND.value();
        if (code >= 500) {
            return UnexpectedErrors.answer(code, request.getMethod(), path, request.getLocale());
        }
        HttpStatus known = HttpStatus.resolve(code);
        String detail = known == null ? "Request failed with status " + code : known.getReasonPhrase();
        ProblemDetail problem = Problems.of(known == null ? HttpStatus.BAD_REQUEST : known, Problems.kindOf(code),
                detail, request.getLocale());
        problem.setStatus(code);
        return ResponseEntity.status(code).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
