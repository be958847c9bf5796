package id.latih.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds the chassis defaults ({@code latih-chassis-defaults.properties}) behind everything else, so every service gets
 * the same messaging, security and actuator settings and may still override any of them in its application.yml.
 */
public class ChassisDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "latih-chassis-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("latihChassisDefaults",
                    new ClassPathResource(RESOURCE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
