package id.latih.platform.problem;

import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.domain.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error a controller raises becomes an RFC 9457 problem; validation problems name the field and the reason. */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail invalidValue(InvalidValueException e, Locale locale) {
        return Problems.invalid(List.of(Problems.fieldError(e.field(), e.getMessage())), locale);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, Locale locale) {
        return Problems.of(HttpStatus.NOT_FOUND, e.kind(), e.getMessage(), locale);
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolated(RuleViolationException e, Locale locale) {
        return Problems.of(HttpStatus.CONFLICT, e.kind(), e.getMessage(), locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e, Locale locale) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", e.getMessage(), locale);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Problems.fieldError(error.getField(), String.valueOf(error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(Problems.invalid(errors, request.getLocale()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(Problems.invalid(List.of(UnreadableBodies.fieldError(e)),
                request.getLocale()));
    }

    /** The store is unreachable (503) or anything else went wrong (500): a correlation id, never the exception. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        return UnexpectedErrors.answer(e, request.getMethod(), request.getRequestURI(), request.getLocale());
    }

    /** Problems Spring MVC raises itself (404, 405, 415, ...) get Latih's type and title instead of about:blank. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || ABOUT_BLANK.equals(problem.getType()))) {
            String kind = Problems.kindOf(status.value());
            problem.setType(URI.create(Problems.TYPE_BASE + kind));
            problem.setTitle(ProblemTitles.title(kind, request.getLocale()));
        }
        return super.createResponseEntity(body, headers, status, request);
    }
}
