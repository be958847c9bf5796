package id.latih.gateway.observability;

import io.micrometer.core.instrument.Tags;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.cloud.gateway.support.tagsprovider.GatewayTagsProvider;
import org.springframework.web.server.ServerWebExchange;

/**
 * Adds the caller's agency to the gateway's per-route request metric ({@code spring.cloud.gateway.requests}), so an
 * operator sees which agency sends what to which route and which one is refused. The agency comes from the validated
 * token (kept in the exchange by the rate limiter, {@link #remember}), never from a header. The number of series
 * stays bounded whatever arrives: a value that is not an agency code is {@value #UNKNOWN}, a request without a token
 * {@value #ANONYMOUS}, and agencies beyond the first {@code maxAgencies} seen by this instance {@value #OTHER}.
 */
public class AgencyTags implements GatewayTagsProvider {

    public static final String TAG = "agency";
    public static final String ANONYMOUS = "anonymous";
    public static final String UNKNOWN = "unknown";
    public static final String OTHER = "other";

    private static final String ATTRIBUTE = AgencyTags.class.getName() + ".agency";
    /** A region code (province 2 digits, city or regency 4) and the agency's short name. */
    private static final Pattern AGENCY_CODE = Pattern.compile("\\d{2,4}\\.[A-Z0-9_-]{1,32}");

    private final int maxAgencies;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    public AgencyTags(int maxAgencies) {
        this.maxAgencies = maxAgencies;
    }

    /** Keeps the agency of the request's validated token for the metric; empty when the request has no token. */
    public static void remember(ServerWebExchange exchange, String agency) {
        exchange.getAttributes().put(ATTRIBUTE, agency == null ? "" : agency);
    }

    @Override
    public Tags apply(ServerWebExchange exchange) {
        return Tags.of(TAG, valueOf(exchange.getAttribute(ATTRIBUTE)));
    }

    String valueOf(String agency) {
        if (agency == null || agency.isEmpty()) {
            return ANONYMOUS;
        }
        if (!AGENCY_CODE.matcher(agency).matches()) {
            return UNKNOWN;
        }
        if (seen.contains(agency)) {
            return agency;
        }
        if (seen.size() < maxAgencies) {
            seen.add(agency);
            return agency;
        }
        return OTHER;
    }
}
