package id.latih.evaluations;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Evaluation (Kirkpatrick): one evaluation per completed participation, followed up on the job. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EvaluationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(EvaluationServiceApplication.class, args);
    }
}
