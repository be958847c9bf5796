package id.latih.auth;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/** The authorization server's endpoints, a login page for people, and open health probes. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http,
                                            @Value("${latih.auth.browser-origins:}") List<String> browserOrigins)
            throws Exception {
        // A browser app (the dashboard, a public client with PKCE) reads the discovery document and redeems its code
        // from its own origin; only the configured origins may, and without cookies.
        CorsConfiguration browserApp = new CorsConfiguration();
        browserApp.setAllowedOrigins(browserOrigins);
        browserApp.setAllowedMethods(List.of("GET", "POST"));
        browserApp.setAllowedHeaders(List.of("Content-Type"));
        browserApp.setAllowCredentials(false);
        UrlBasedCorsConfigurationSource browserApps = new UrlBasedCorsConfigurationSource();
        browserApps.registerCorsConfiguration("/**", browserApp);
        http.oauth2AuthorizationServer(as -> {
            http.securityMatcher(as.getEndpointsMatcher());
            as.oidc(Customizer.withDefaults());
        });
        return http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .cors(cors -> cors.configurationSource(browserApps))
                .oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults()))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain people(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .build();
    }

    @Bean
    UserDetailsService knownPeople(CallerDirectory directory) {
        return new InMemoryUserDetailsManager(directory.users().entrySet().stream()
                .map(entry -> User.withUsername(entry.getKey()).password(entry.getValue().password())
                        .roles(entry.getValue().roles().toArray(String[]::new)).build())
                .toList());
    }
}
