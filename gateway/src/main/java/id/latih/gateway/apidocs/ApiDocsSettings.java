package id.latih.gateway.apidocs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The aggregated API document at the gateway.
 *
 * @param title           the merged document's title
 * @param version         the version of the platform's API as a whole
 * @param timeout         how long one service may take to hand over its document before it is listed as missing
 * @param cacheFor        how long a merged document is served before the services are asked again; the endpoint is
 *                        open, so without this every anonymous call would become one call to each service
 * @param maxDocumentSize the largest document read from one service
 */
@ConfigurationProperties("latih.gateway.api-docs")
public record ApiDocsSettings(String title, String version, Duration timeout, Duration cacheFor,
                             DataSize maxDocumentSize) {

    public ApiDocsSettings {
        title = title == null ? "Latih API" : title;
        version = version == null ? "1" : version;
        timeout = timeout == null ? Duration.ofSeconds(3) : timeout;
        cacheFor = cacheFor == null ? Duration.ofSeconds(10) : cacheFor;
        maxDocumentSize = maxDocumentSize == null ? DataSize.ofMegabytes(4) : maxDocumentSize;
    }
}
