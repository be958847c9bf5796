package id.latih.gateway.dashboard;

import java.net.URI;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * The dashboard: static files under {@code /dashboard/} (the page, its scripts and styles; no build step), the login
 * settings the page reads, and the page's security headers. The page holds no data of its own: it calls the API
 * through this gateway with the person's token, like any other client.
 */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

    static final String PATH = "/dashboard";

    @Bean
    RouterFunction<ServerResponse> dashboardPages(DashboardProperties properties) {
        ClassPathResource page = new ClassPathResource("static/dashboard/index.html");
        Map<String, String> login = Map.of("issuer", properties.issuer(), "clientId", properties.clientId(),
                "scope", properties.scope());
        return RouterFunctions.route()
                .GET(PATH, request -> ServerResponse.permanentRedirect(URI.create(PATH + "/")).build())
                .GET(PATH + "/", request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(page))
                .GET(PATH + "/config.json", request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(login))
                .build();
    }

    /**
     * A strict Content-Security-Policy on every dashboard response: scripts, styles and data only from the gateway
     * itself, plus the issuer for the login's discovery and token requests; no inline script or style, no framing, no
     * plugins. The page's code is in separate files for this reason. No referrer leaves the page, so the one-time
     * code of the login's return never reaches another site.
     */
    @Bean
    WebFilter dashboardSecurityHeaders(DashboardProperties properties) {
        String policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self' "
                + properties.issuerOrigin() + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        return (exchange, chain) -> {
            String path = exchange.getRequest().getPath().value();
            if (path.equals(PATH) || path.startsWith(PATH + "/")) {
                exchange.getResponse().beforeCommit(() -> {
                    HttpHeaders headers = exchange.getResponse().getHeaders();
                    headers.set("Content-Security-Policy", policy);
                    headers.set("Referrer-Policy", "no-referrer");
                    headers.set("X-Content-Type-Options", "nosniff");
                    headers.set("X-Frame-Options", "DENY");
                    headers.setCacheControl("no-cache");
                    return Mono.empty();
                });
            }
            return chain.filter(exchange);
        };
    }
}
