package id.latih.platform.problem;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error report, for what Tomcat refuses before any filter or controller runs (an encoded {@code /},
 * {@code \} or NUL in the path, malformed requests): a problem instead of Tomcat's HTML page.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String kind = Problems.kindOf(status);
        HttpStatus known = HttpStatus.resolve(status);
        String json = "{\"type\":\"" + Problems.TYPE_BASE + kind + "\",\"title\":\""
                + ProblemTitles.title(kind, request.getLocale()) + "\",\"status\":" + status + ",\"detail\":\""
                + (known == null ? "Request refused" : known.getReasonPhrase()) + "\"}";
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response already committed: nothing more can be said to the caller.
        }
    }
}
