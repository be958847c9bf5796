package id.latih.platform.input;

import id.latih.platform.problem.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than {@code latih.web.max-body-size} with a 413 problem, before authentication and
 * before anything parses it. A declared {@code Content-Length} over the limit is refused without reading; a body of
 * unknown length (chunked, or HTTP/2 without a length) is read up to one byte past the limit and refused there. A body within the limit is
 * handed on from memory ({@link BufferedBodyRequest}); at 64 KB that costs less than one parse of it. The file uploads
 * named in {@link StreamedBodies} are the one, explicit exception.
 */
class BodySizeLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final ProblemResponses problems;
    private final StreamedBodies streamed;

    BodySizeLimit(long maxBytes, ProblemResponses problems, StreamedBodies streamed) {
        this.maxBytes = maxBytes;
        this.problems = problems;
        this.streamed = streamed;
    }

    /** A file upload endpoint ({@link StreamedBodies}) reads and limits its own body; it is not held in memory. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return streamed.isStreamed(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            problems.tooLarge(request, response, maxBytes);
            return;
        }
        if (declared == 0) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), maxBytes + 1);
        if (body.length > maxBytes) {
            problems.tooLarge(request, response, maxBytes);
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }
}
