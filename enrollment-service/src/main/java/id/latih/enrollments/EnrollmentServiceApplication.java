package id.latih.enrollments;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Enrollment and delivery: seats within capacity, attendance, completion and the hours (JP) earned. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class EnrollmentServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(EnrollmentServiceApplication.class, args);
    }

    /** "Today" for attendance rules is the agencies' local date, not UTC's. */
    @Bean
    Clock clock(@Value("${latih.time-zone:Asia/Jakarta}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
