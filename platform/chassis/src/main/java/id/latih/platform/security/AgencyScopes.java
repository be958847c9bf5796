package id.latih.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Builds the caller's {@link AgencyScope} from the JWT of the current request. */
public final class AgencyScopes {

    private AgencyScopes() {
    }

    public static AgencyScope current() {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            throw new AccessDeniedException("A bearer token is required");
        }
        return from(token.getToken());
    }

    public static AgencyScope from(Jwt jwt) {
        String agency = jwt.getClaimAsString("agency");
        if (agency == null || agency.isBlank()) {
            throw new AccessDeniedException("The token carries no agency claim");
        }
        String region = jwt.getClaimAsString("region");
        String province = jwt.getClaimAsString("province");
        // An issuer's mistake must not widen anyone's view: the claims must nest, agency in region in province.
        if (region != null && !agency.startsWith(region + ".")
                || province != null && !(region == null ? agency : region).startsWith(province)) {
            throw new AccessDeniedException("The token's agency, region and province claims do not nest");
        }
        return new AgencyScope(jwt.getSubject(), agency, region, province, roles(jwt.getClaim("roles")),
                jwt.getClaimAsString("nip"));
    }

    private static Set<Role> roles(Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                for (Role role : Role.values()) {
                    if (role.name().equals(String.valueOf(value))) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }
}
