package id.latih.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestTokens;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every route of the gateway against every kind of bad or insufficient token. The routes are read from the gateway's
 * own configuration, so a route added there is in the matrix without touching this test. A refused request must be a
 * problem (401 or 403) and must never reach a service; a valid token of another agency reaches the service carrying
 * only that token (the service scopes by it, see its tests) and never a header claiming another agency or person.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"latih.gateway.rate-limit.requests-per-period=100000"})
class GatewaySecurityMatrixTest {

    private static final StubService SERVICE = StubService.start(Map.of());
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VICTIM = "3273.DINKES";
    private static final String CALLER = "3201.DINKES";

    /** Kinds of token a caller might present. */
    enum Presented {
        NO_TOKEN, EXPIRED, WRONG_ISSUER, WRONG_AUDIENCE, ALG_NONE, TAMPERED_SIGNATURE, FOREIGN_KEY,
        ANOTHER_AGENCYS_TOKEN, LACKING_THE_ROLE
    }

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        TestRoutes.allTo(registry, SERVICE::url);
    }

    @AfterAll
    static void stop() {
        SERVICE.stop();
    }

    static Stream<Arguments> apiRoutesTimesTokens() {
        List<Arguments> cases = new ArrayList<>();
        for (String path : routedPaths()) {
            for (String method : List.of("GET", "POST")) {
                for (Presented presented : Presented.values()) {
                    cases.add(Arguments.of(method, path, presented));
                }
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> operatorRoutesTimesTokens() {
        List<Arguments> cases = new ArrayList<>();
        for (String path : List.of("/actuator/prometheus", "/actuator/info")) {
            for (Presented presented : Presented.values()) {
                cases.add(Arguments.of(path, presented));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} with {2}")
    @MethodSource("apiRoutesTimesTokens")
    void an_api_route_refuses_every_bad_token_before_the_service_and_relays_only_the_callers_own(
            String method, String path, Presented presented) throws Exception {
        String marker = UUID.randomUUID().toString();
        String target = path + "?probe=" + marker;
        String token = token(presented, "AGENCY_ADMIN");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + target))
                .timeout(Duration.ofSeconds(20)).header("X-Agency", VICTIM).header("X-User", "199001012020011001")
                .header("X-Forwarded-User", "admin.dinkes").header("X-Latih-Roles", "PROVINCE_ANALYST");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if ("POST".equals(method)) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
        }
        Response answer = send(request);

        switch (presented) {
            case ANOTHER_AGENCYS_TOKEN -> {
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.body().at("/headers/authorization").asString()).isEqualTo("Bearer " + token);
                for (String claimed : List.of("x-agency", "x-user", "x-forwarded-user", "x-latih-roles")) {
                    assertThat(answer.body().path("headers").has(claimed)).as("%s reached the service", claimed)
                            .isFalse();
                }
            }
            case LACKING_THE_ROLE -> refused(answer, 403, "forbidden", marker);
            default -> refused(answer, 401, "unauthenticated", marker);
        }
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("operatorRoutesTimesTokens")
    void an_operator_route_refuses_everyone_but_a_platform_operator(String path, Presented presented)
            throws Exception {
        String token = token(presented, "AGENCY_ADMIN");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20));
        Response answer = send(token == null ? request : request.header("Authorization", "Bearer " + token));

        int expected = presented == Presented.ANOTHER_AGENCYS_TOKEN || presented == Presented.LACKING_THE_ROLE
                ? 403 : 401;
        refused(answer, expected, expected == 403 ? "forbidden" : "unauthenticated", null);
        Response operator = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + TestTokens.token("32.BPSDM", "PLATFORM_OPERATOR")));
        assertThat(operator.status()).as("the operator").isEqualTo(200);
    }

    /**
     * Over HTTP/1.1, as agencies' systems call, each call bounded: a hanging answer is a failure, not a stuck build.
     * About one call in several hundred of this matrix has stalled until its time limit on a busy machine, whatever
     * the token (cause not yet found; noted in the project's open work), so a timed-out call is tried once more on
     * a new request; an answer that never comes still fails the case.
     */
    private static Response send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> answer;
        try {
            answer = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.net.http.HttpTimeoutException stalled) {
            answer = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        return new Response(answer.statusCode(), type.contains("json") ? JSON.readTree(answer.body()) : JSON.nullNode(),
                type, answer.body());
    }

    private void refused(Response answer, int status, String kind, String marker) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asString()).isEqualTo("https://latih.id/problems/" + kind);
        if (marker != null) {
            assertThat(SERVICE.reached(marker)).as("the request reached a service").isFalse();
        }
    }

    private static String token(Presented presented, String role) {
        return switch (presented) {
            case NO_TOKEN -> null;
            case EXPIRED -> TestTokens.expiredToken(VICTIM, role);
            case WRONG_ISSUER -> TestTokens.tokenFromIssuer("https://issuer.elsewhere.example", VICTIM, role);
            case WRONG_AUDIENCE -> TestTokens.tokenForAudience("simpeg", VICTIM, role);
            case ALG_NONE -> unsigned(TestTokens.token(VICTIM, role));
            case TAMPERED_SIGNATURE -> withPayloadClaim(TestTokens.token(CALLER, role), CALLER, VICTIM);
            case FOREIGN_KEY -> signedByAnotherKey(VICTIM, role);
            case ANOTHER_AGENCYS_TOKEN -> TestTokens.token(CALLER, role);
            case LACKING_THE_ROLE -> TestTokens.token(VICTIM, "VISITOR");
        };
    }

    /** The same claims with {@code alg: none} and no signature. */
    private static String unsigned(String token) {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }

    /** A genuine token whose payload was edited afterwards (its agency changed), keeping the original signature. */
    private static String withPayloadClaim(String token, String from, String to) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(from, to);
        assertThat(payload).contains(to);
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** Right issuer, audience and key id, but signed with a key the issuer never published. */
    private static String signedByAnotherKey(String agency, String role) {
        try {
            RSAKey other = new RSAKeyGenerator(2048).keyID("test-key").generate();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test-key").build(),
                    new JWTClaimsSet.Builder().issuer(TestTokens.issuer()).subject("intruder")
                            .audience(TestTokens.AUDIENCE).claim("agency", agency).claim("roles", List.of(role))
                            .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
            jwt.sign(new RSASSASigner(other));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A path the gateway deliberately serves without a token ({@link SecurityConfiguration#PUBLIC_PATHS}). */
    private static boolean isPublic(String path) {
        PathPatternParser parser = new PathPatternParser();
        return Arrays.stream(SecurityConfiguration.PUBLIC_PATHS)
                .anyMatch(open -> parser.parse(open).matches(PathContainer.parsePath(path)));
    }

    /**
     * One concrete path per path pattern of every route in the gateway's configuration ({@code /api/needs/**} is
     * called as {@code /api/needs/probe}), except the paths meant to be public.
     */
    @SuppressWarnings("unchecked")
    static Set<String> routedPaths() {
        try (InputStream in = GatewaySecurityMatrixTest.class.getResourceAsStream("/application.yml")) {
            Map<String, Object> yaml = new Yaml().load(in);
            Map<String, Object> gateway = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                    ((Map<String, Object>) ((Map<String, Object>) yaml.get("spring")).get("cloud")).get("gateway"))
                    .get("server")).get("webflux");
            Set<String> paths = new LinkedHashSet<>();
            for (Map<String, Object> route : (List<Map<String, Object>>) gateway.get("routes")) {
                for (Object predicate : (List<Object>) route.get("predicates")) {
                    String text = predicate.toString();
                    if (text.startsWith("Path=")) {
                        for (String pattern : text.substring("Path=".length()).split(",")) {
                            String path = pattern.trim().replace("/**", "/probe").replace("{", "").replace("}", "");
                            if (!isPublic(path)) {
                                paths.add(path);
                            }
                        }
                    }
                }
            }
            assertThat(paths).as("routes in the configuration").hasSizeGreaterThan(10);
            return paths;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
