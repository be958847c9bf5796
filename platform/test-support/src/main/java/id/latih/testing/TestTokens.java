package id.latih.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * A test issuer: signs real RS256 tokens with a key made per test JVM and serves the matching JWK set over HTTP at
 * {@code <issuer>/oauth2/jwks}, the same path as the platform's authorization server. Services under test run their
 * production token validation (signature, issuer, audience, expiry) against it. Every token is for Latih's audience
 * ({@link #AUDIENCE}) unless a test asks for another ({@link #tokenForAudience}).
 */
public final class TestTokens {

    /** The audience of Latih's access tokens, as the services require it by default. */
    public static final String AUDIENCE = "latih";

    private static final RSAKey KEY = generate();
    private static final String ISSUER = serveJwks();

    private TestTokens() {
    }

    public static String issuer() {
        return ISSUER;
    }

    /** A token for a caller of {@code agency} (e.g. {@code 3273.DINKES}) with the given roles. */
    public static String token(String agency, String... roles) {
        return signed(placed(claims(agency, roles), agency).expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .build());
    }

    /** Like {@link #token} but for an employee, whose token carries the NIP. */
    public static String employeeToken(String agency, String nip) {
        return personToken(agency, nip, "EMPLOYEE");
    }

    /** A person's token: their NIP and roles, e.g. SUPERVISOR. */
    public static String personToken(String agency, String nip, String... roles) {
        return signed(placed(claims(agency, roles), agency).claim("nip", nip)
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
    }

    /**
     * A token from the same issuer with every Latih claim but meant for {@code audience}: another system's access
     * token, or a person's OpenID Connect ID token (audience = the login client, e.g. {@code latih-web}).
     */
    public static String tokenForAudience(String audience, String agency, String... roles) {
        return signed(placed(claims(agency, roles), agency).audience(audience)
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
    }

    /** A token with exactly the given claims besides issuer, subject and times: for tokens an issuer got wrong. */
    public static String tokenWithClaims(Map<String, Object> extra) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject("test").audience(AUDIENCE)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(600)));
        extra.forEach(claims::claim);
        return signed(claims.build());
    }

    /** A token signed with the test issuer's own key but naming another issuer: a validator must refuse it. */
    public static String tokenFromIssuer(String issuer, String agency, String... roles) {
        return signed(placed(claims(agency, roles), agency).issuer(issuer)
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
    }

    public static String expiredToken(String agency, String... roles) {
        return signed(claims(agency, roles).expirationTime(Date.from(Instant.now().minusSeconds(120))).build());
    }

    private static JWTClaimsSet.Builder claims(String agency, String... roles) {
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject("test-" + agency).audience(AUDIENCE)
                .claim("agency", agency).claim("roles", List.of(roles)).issueTime(new Date());
    }

    /** Adds the region and province the agency code names: {@code 3273.DINKES} is in region 3273, province 32. */
    private static JWTClaimsSet.Builder placed(JWTClaimsSet.Builder claims, String agency) {
        String region = agency.substring(0, agency.indexOf('.'));
        return claims.claim("region", region).claim("province", region.substring(0, 2));
    }

    private static String signed(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(KEY));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serveJwks() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] jwks = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/oauth2/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
                exchange.close();
            });
            server.start();
            return "http://127.0.0.1:" + server.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-key").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
