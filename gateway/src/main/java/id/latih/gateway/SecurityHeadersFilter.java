package id.latih.gateway;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Puts {@link SecurityHeaders} on every response just before it is sent, whatever produced it: a service's answer, a
 * refusal of the gateway (401, 403, 413, 429), its 503 fallback or an error page. Frame options and content-type
 * sniffing are refused, the referrer is withheld, and a content security policy fits what the response is: none
 * of anything for API answers, the gateway's own scripts and styles for its pages.
 */
@Component
class SecurityHeadersFilter implements WebFilter, Ordered {

    private final SecurityHeaders settings;

    SecurityHeadersFilter(SecurityHeaders settings) {
        this.settings = settings;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        boolean page = settings.uiPaths().stream().anyMatch(path::startsWith);
        boolean secure = settings.hstsBehindTls() || exchange.getRequest().getSslInfo() != null;
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
            setIfAbsent(headers, "X-Frame-Options", "DENY");
            setIfAbsent(headers, "Referrer-Policy", settings.referrerPolicy());
            headers.set("Content-Security-Policy", page ? settings.uiContentSecurityPolicy()
                    : settings.contentSecurityPolicy());
            if (secure) {
                headers.set("Strict-Transport-Security", "max-age=" + settings.hstsMaxAge().toSeconds()
                        + "; includeSubDomains");
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    private static void setIfAbsent(HttpHeaders headers, String name, String value) {
        if (!headers.containsHeader(name)) {
            headers.set(name, value);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
