package id.latih.gateway;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

/**
 * Who may call the API at all: a validated token that names an agency and carries at least one of Latih's roles. What
 * each role may do with which agency's data is the services' decision; a token with no agency or no Latih role (a
 * misconfigured client of the issuer) is refused here with 403, before it costs any service anything.
 */
final class LatihCaller implements ReactiveAuthorizationManager<AuthorizationContext> {

    /** Latih's roles, from the one list the services check them against. */
    static final Set<String> ROLES = java.util.Arrays.stream(id.latih.platform.security.Role.values())
            .map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet());

    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        return authentication.<AuthorizationResult>map(caller -> new AuthorizationDecision(allowed(caller)))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    private static boolean allowed(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token) || !token.isAuthenticated()) {
            return false;
        }
        String agency = token.getToken().getClaimAsString("agency");
        Object roles = token.getToken().getClaim("roles");
        return agency != null && !agency.isBlank() && roles instanceof Collection<?> values
                && values.stream().anyMatch(role -> ROLES.contains(String.valueOf(role)));
    }
}
