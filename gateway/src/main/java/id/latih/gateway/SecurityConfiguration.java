package id.latih.gateway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;

/**
 * The gateway rejects any call under /api without a valid access token for Latih's audience, before it reaches a
 * service. Only the health probes and the public verification of a certificate number are open; metrics, info and routes are for PLATFORM_OPERATOR tokens.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .authorizeExchange(auth -> auth
                        .pathMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/certificates/*/verification").permitAll()
                        // The dashboard's static page and login settings; its data comes from /api with a token.
                        .pathMatchers(HttpMethod.GET, "/dashboard", "/dashboard/**").permitAll()
                        .pathMatchers("/actuator/**").hasRole("PLATFORM_OPERATOR")
                        .anyExchange().authenticated())
                .oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint((exchange, e) -> {
                            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
                            return GatewayProblems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated",
                                    "A valid bearer token is required");
                        })
                        .accessDeniedHandler((exchange, e) -> GatewayProblems.write(exchange, HttpStatus.FORBIDDEN,
                                "forbidden", "Not allowed for this caller")))
                .build();
    }

    /**
     * Spring Security's firewall refuses paths that could mean something else to a service than to the gateway's
     * routes and token check: encoded slashes ({@code %2F}), {@code ..}, {@code ;} and other odd characters. Its
     * default answer is a bare 400; this one is a problem like every other refusal.
     */
    @Bean
    ServerExchangeRejectedHandler rejectedRequests() {
        return (exchange, rejected) -> GatewayProblems.write(exchange, HttpStatus.BAD_REQUEST, "rejected-request",
                "The request path is not allowed", "Paths may not contain encoded slashes, '..' or ';'");
    }
}
