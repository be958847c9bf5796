package id.latih.gateway.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a webhook may point. Only {@code https}; and never at the platform's own network: a URL whose host resolves
 * to a loopback, private, link-local, unique-local, shared (100.64/10), wildcard or multicast address is refused, so
 * a registration cannot make the gateway call services behind it (server-side request forgery). The development
 * setting {@code allow-localhost} accepts {@code localhost} and {@code 127.0.0.1}, over http too, and nothing else
 * private. The check runs at registration and again before every attempt, since a name may resolve elsewhere later.
 */
final class WebhookUrls {

    static final int MAX_LENGTH = 2000;
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1");

    private final boolean allowLocalhost;

    WebhookUrls(boolean allowLocalhost) {
        this.allowLocalhost = allowLocalhost;
    }

    /** Why the URL may not be used, or empty when it may. */
    Optional<String> refusal(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("is required");
        }
        if (url.length() > MAX_LENGTH) {
            return Optional.of("at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || uri.getUserInfo() != null || uri.getFragment() != null) {
            return Optional.of("must be an absolute URL with a host, no user info and no fragment");
        }
        boolean local = allowLocalhost && LOCAL_HOSTS.contains(host.toLowerCase(Locale.ROOT));
        if (!scheme.equals("https") && !(local && scheme.equals("http"))) {
            return Optional.of("must use https");
        }
        if (local) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (internal(address)) {
                    return Optional.of("must not point at a private, loopback or link-local address");
                }
            }
        } catch (UnknownHostException e) {
            return Optional.of("host does not resolve");
        }
        return Optional.empty();
    }

    static boolean internal(InetAddress address) {
        byte[] b = address.getAddress();
        boolean sharedV4 = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        boolean uniqueLocalV6 = b.length == 16 && (b[0] & 0xfe) == 0xfc;
        boolean zeroNet = b.length == 4 && b[0] == 0;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || sharedV4 || uniqueLocalV6 || zeroNet;
    }
}
