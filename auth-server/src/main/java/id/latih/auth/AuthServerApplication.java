package id.latih.auth;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The embedded default's OpenID Connect issuer: Spring Authorization Server with the demo agencies' machine clients
 * and demo people. Production points every service at the government's issuer or Keycloak instead; they need only
 * its issuer URI and JWK set, and tokens carrying the same claims.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AuthServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(AuthServerApplication.class, args);
    }
}
