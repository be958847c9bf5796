package id.latih.platform.input;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The few endpoints whose body is a file, not a JSON command ({@code latih.web.streamed-body-paths}, exact paths,
 * none by default). {@link BodySizeLimit} neither buffers nor limits them: such an endpoint reads its body as a stream,
 * spools it to disk and enforces its own, larger limit, which it must document. Every other path keeps the JSON limit.
 */
@ConfigurationProperties("latih.web")
public record StreamedBodies(List<String> streamedBodyPaths) {

    public StreamedBodies {
        streamedBodyPaths = streamedBodyPaths == null ? List.of() : List.copyOf(streamedBodyPaths);
    }

    boolean isStreamed(String path) {
        return streamedBodyPaths.contains(path);
    }
}
