package id.latih.gateway;

import id.latih.testing.TestTokens;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points every service route of a gateway under test at one stand-in address. */
public final class TestRoutes {

    private static final List<String> SERVICES = List.of("needs", "programs", "enrollments", "evaluations");

    private TestRoutes() {
    }

    /** Every service at {@code service}, tokens from the tests' issuer. */
    public static void allTo(DynamicPropertyRegistry registry, Supplier<Object> service) {
        registry.add("latih.security.issuer-uri", TestTokens::issuer);
        servicesTo(registry, service);
    }

    /** Every service at {@code service}; the issuer is the caller's. */
    public static void servicesTo(DynamicPropertyRegistry registry, Supplier<Object> service) {
        for (String name : SERVICES) {
            registry.add("latih.services." + name, service);
        }
    }
}
