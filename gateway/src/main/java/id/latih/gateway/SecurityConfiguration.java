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
 * The gateway rejects any call under /api without a valid access token for Latih's audience, or whose token names no
 * agency or Latih role ({@link LatihCaller}), before it reaches a service. Open: the health probes, the API
 * document with Swagger UI (they describe operations, never data), and the public verification of a certificate
 * number (GET only). Metrics, info and routes are for PLATFORM_OPERATOR tokens.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Paths anyone may call without a token. */
    static final String[] PUBLIC_PATHS = {"/actuator/health", "/actuator/health/**",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**"};

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                // CORS is CorsFilter's (dashboard origins only, refusals as problems); security headers are
                // SecurityHeadersFilter's, on every response including the services' answers.
                .cors(ServerHttpSecurity.CorsSpec::disable)
                .authorizeExchange(auth -> auth
                        .pathMatchers(PUBLIC_PATHS).permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/certificates/*/verification").permitAll()
                        // The dashboard's static page and login settings; its data comes from /api with a token.
                        .pathMatchers(HttpMethod.GET, "/dashboard", "/dashboard/**").permitAll()
                        .pathMatchers("/actuator/**").hasRole("PLATFORM_OPERATOR")
                        .pathMatchers("/api/**").access(new LatihCaller())
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
