package id.latih.platform.problem;

import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.domain.RuleViolationException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.DatabindException;
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
        String field = "body";
        String reason = "is not readable JSON";
        if (e.getCause() instanceof DatabindException bad && !bad.getPath().isEmpty()) {
            field = bad.getPath().stream().map(ref -> ref.getPropertyName() != null ? ref.getPropertyName()
                    : String.valueOf(ref.getIndex())).collect(Collectors.joining("."));
            reason = "has a value of the wrong type or not among the allowed values";
        }
        return ResponseEntity.badRequest().body(Problems.invalid(List.of(Problems.fieldError(field, reason)),
                request.getLocale()));
    }
}
