package id.latih.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What the gateway accepts before it routes anything.
 *
 * @param maxBodySize   the whole request body; commands are small JSON documents, so more is a mistake or an attack
 * @param maxPathLength characters of the path and query; ids are short, so a longer request is refused with 414
 */
@ConfigurationProperties("latih.gateway.request")
public record RequestLimits(DataSize maxBodySize, Integer maxPathLength) {

    public RequestLimits {
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(1) : maxBodySize;
        maxPathLength = maxPathLength == null ? 2048 : maxPathLength;
    }
}
