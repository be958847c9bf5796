package id.latih.platform.apidocs;

import id.latih.platform.security.AgencyScope;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * The service's OpenAPI document at {@code /v3/api-docs}, built by springdoc from the controllers as they are: no
 * annotations in any service. The chassis adds what every service shares and springdoc cannot see: the title and
 * version, the bearer-token scheme of the OIDC issuer that every operation requires, and the problem responses the
 * chassis and the gateway answer with ({@link ProblemResponsesCustomizer}). The caller's {@link AgencyScope} comes
 * from the token, so it is not a parameter: a client reading the document must not think it could set it.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public class ApiDocsAutoConfiguration {

    /** The name of the security scheme every operation requires. */
    public static final String BEARER = "bearer-jwt";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(AgencyScope.class);
    }

    @Bean
    OpenAPI latihOpenApi(@Value("${latih.api-docs.title}") String title,
                         @Value("${latih.api-docs.version}") String version,
                         @Value("${latih.api-docs.description}") String description,
                         @Value("${latih.security.issuer-uri}") String issuer,
                         @Value("${latih.security.audience}") String audience) {
        SecurityScheme bearer = new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT")
                .description("An access token from the OpenID Connect issuer " + issuer + " for the audience '"
                        + audience + "' (client credentials for systems, authorization code with PKCE for people). "
                        + "Its agency, region, province and roles claims decide what the caller may read and write.");
        SecurityScheme oidc = new SecurityScheme().type(SecurityScheme.Type.OPENIDCONNECT)
                .openIdConnectUrl(issuer + "/.well-known/openid-configuration")
                .description("Where the access tokens come from");
        return new OpenAPI()
                .info(new Info().title(title).version(version).description(description))
                .components(new Components().addSecuritySchemes(BEARER, bearer).addSecuritySchemes("oidc", oidc))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    GlobalOperationCustomizer latihOperationNames() {
        return new OperationNames();
    }

    @Bean
    GlobalOpenApiCustomizer latihProblemResponses() {
        return new ProblemResponsesCustomizer();
    }
}
