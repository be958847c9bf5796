package id.latih.gateway;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The few paths that take a file rather than a JSON command ({@code latih.gateway.uploads}), each with its own body
 * limit. Their bodies are passed on as they stream in, never gathered in the gateway: the service spools them to disk
 * and enforces the same limit on what actually arrives.
 */
@ConfigurationProperties("latih.gateway")
public record UploadLimits(List<Upload> uploads) {

    public record Upload(String path, DataSize maxBodySize) {
    }

    public UploadLimits {
        uploads = uploads == null ? List.of() : List.copyOf(uploads);
    }

    Optional<DataSize> limitFor(String path) {
        return uploads.stream().filter(u -> path.equals(u.path())).map(Upload::maxBodySize).findFirst();
    }
}
