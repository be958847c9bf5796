package id.latih.platform.input;

import id.latih.platform.problem.ProblemErrorController;
import id.latih.platform.problem.ProblemReportValve;
import id.latih.platform.problem.ProblemResponses;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Refuses bad input in every service before a controller sees it, always as a problem: the body size limit, strict
 * JSON reading with text and date rules, firewall rejections, and the error page (instead of Boot's default body).
 * Runs before Boot's error handling so that {@link ProblemErrorController} replaces Boot's error controller.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@EnableConfigurationProperties({InputProperties.class, StreamedBodies.class})
@Import(ProblemErrorController.class)
public class InputAutoConfiguration {

    @Bean
    StrictJson strictJson(InputProperties limits) {
        return new StrictJson(limits);
    }

    /** First of all filters: an oversized body is refused before authentication or parsing spends anything on it. */
    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(InputProperties limits, ProblemResponses problems,
                                                        StreamedBodies streamed) {
        FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(
                new BodySizeLimit(limits.maxBodySize().toBytes(), problems, streamed));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Requests Tomcat itself refuses (before any filter) are answered by {@link ProblemReportValve}. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    @Bean
    RequestRejectedHandler firewallRejections(ProblemResponses problems) {
        return problems::rejected;
    }
}
