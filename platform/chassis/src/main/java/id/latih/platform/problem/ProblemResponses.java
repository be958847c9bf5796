package id.latih.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import tools.jackson.databind.json.JsonMapper;

/** Problem responses for the security filter chain, which answers before any controller advice can. */
public class ProblemResponses {

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public void unauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", e.getMessage(), request.getLocale()));
    }

    public void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", e.getMessage(), request.getLocale()));
    }

    /** A body over the limit. Tomcat discards the unread rest (up to its max swallow size, then it closes). */
    public void tooLarge(HttpServletRequest request, HttpServletResponse response, long maxBytes) throws IOException {
        write(response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large",
                "The request body must be at most " + maxBytes + " bytes", request.getLocale()));
    }

    /** A request the firewall refused (encoded slashes, {@code ..}, {@code ;} and the like in the path). */
    public void rejected(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        write(response, Problems.invalid(List.of(Problems.fieldError("path",
                "is not a normalised request path")), request.getLocale()));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
