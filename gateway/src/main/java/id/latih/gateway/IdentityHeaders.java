package id.latih.gateway;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Request headers a client may not send through the gateway, because some component could take them for who the caller
 * is or which agency it acts for. The services trust only the token today; stripping these keeps it so when a proxy,
 * a library or a future filter starts reading such a header.
 *
 * @param names    exact header names, case-insensitive
 * @param prefixes name prefixes, case-insensitive: every header starting with one is removed
 */
@ConfigurationProperties("latih.gateway.strip-headers")
public record IdentityHeaders(List<String> names, List<String> prefixes) {

    public IdentityHeaders {
        names = names == null ? List.of() : names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
        prefixes = prefixes == null ? List.of()
                : prefixes.stream().map(prefix -> prefix.toLowerCase(Locale.ROOT)).toList();
    }

    boolean strips(String header) {
        String name = header.toLowerCase(Locale.ROOT);
        return names.contains(name) || prefixes.stream().anyMatch(name::startsWith);
    }
}
