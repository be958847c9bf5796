package id.latih.needs;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Needs analysis (AKPK): employees, their assessed competencies, and the needs found from the gaps. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class NeedsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(NeedsServiceApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
