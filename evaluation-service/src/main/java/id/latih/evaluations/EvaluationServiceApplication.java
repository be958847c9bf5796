package id.latih.evaluations;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Evaluation (Kirkpatrick): one evaluation per ended participation, learning gains, follow-ups back to needs. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class EvaluationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(EvaluationServiceApplication.class, args);
    }

    /** The time events carry, in the agencies' zone. */
    @Bean
    Clock clock(@Value("${latih.time-zone:Asia/Jakarta}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
