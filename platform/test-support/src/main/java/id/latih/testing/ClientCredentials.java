package id.latih.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.json.JsonMapper;

/** Asks a real OAuth2 issuer for a token with the client-credentials grant, as an agency's system would. */
public final class ClientCredentials {

    private ClientCredentials() {
    }

    /** The token endpoint's raw answer: a token response, or an OAuth2 error. */
    public static String request(String issuer, String clientId, String secret) {
        return requestAt(issuer + "/oauth2/token", clientId, secret);
    }

    /** The same request to a token endpoint named in full, for issuers with other paths (Keycloak). */
    public static String requestAt(String tokenEndpoint, String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The access token itself. */
    public static String accessToken(String issuer, String clientId, String secret) {
        return accessTokenAt(issuer + "/oauth2/token", clientId, secret);
    }

    /** The access token from a token endpoint named in full. */
    public static String accessTokenAt(String tokenEndpoint, String clientId, String secret) {
        return JsonMapper.builder().build().readTree(requestAt(tokenEndpoint, clientId, secret)).get("access_token")
                .asString();
    }
}
