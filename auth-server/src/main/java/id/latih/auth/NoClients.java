package id.latih.auth;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * Without the demo profile and without clients under {@code spring.security.oauth2.authorizationserver.client},
 * Spring Boot registers no client repository and the authorization server would not start. This one knows no client,
 * so the issuer starts, serves its keys and metadata, and refuses every token request until clients are configured.
 */
@Configuration(proxyBeanMethods = false)
class NoClients {

    static final String CLIENTS = "spring.security.oauth2.authorizationserver.client";

    @Bean
    @Conditional(NoneConfigured.class)
    RegisteredClientRepository noRegisteredClients() {
        return new RegisteredClientRepository() {
            @Override
            public void save(RegisteredClient client) {
                throw new UnsupportedOperationException("Clients are configured by properties under " + CLIENTS);
            }

            @Override
            public RegisteredClient findById(String id) {
                return null;
            }

            @Override
            public RegisteredClient findByClientId(String clientId) {
                return null;
            }
        };
    }

    static class NoneConfigured extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            boolean configured = Binder.get(context.getEnvironment())
                    .bind(CLIENTS, Bindable.mapOf(String.class, Object.class)).map(clients -> !clients.isEmpty())
                    .orElse(false);
            return configured ? ConditionOutcome.noMatch("OAuth2 clients are configured")
                    : ConditionOutcome.match("no OAuth2 client is configured");
        }
    }
}
