package id.latih.input;

import com.mongodb.client.MongoClients;
import id.latih.platform.input.CompetencyCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A service on the chassis with one request of each kind of field, to test how the chassis reads input. */
@SpringBootApplication
public class InputTestApp {

    record Course(@NotBlank @Size(max = 40) String title, @NotBlank @Size(max = 18) String nip,
                  @Min(2000) @Max(2100) int cycleYear, @NotNull LocalDate startDate,
                  @NotNull @CompetencyCode String competencyCode,
                  @Size(max = 3) List<@NotBlank @Size(max = 20) String> tags) {
    }

    @RestController
    static class CourseController {

        /** A store nobody listens on: what a service sees while its store is down. */
        private final MongoTemplate unreachable = new MongoTemplate(MongoClients.create(
                "mongodb://127.0.0.1:9/?serverSelectionTimeoutMS=300&connectTimeoutMS=300"), "gone");

        @PostMapping("/api/courses")
        Course echo(@Valid @RequestBody Course course) {
            return course;
        }

        @GetMapping("/api/failing")
        Course failing() {
            throw new IllegalStateException("secret internals: pool exhausted at 10.1.2.3");
        }

        @GetMapping("/api/store")
        long storeDown() {
            return unreachable.getCollection("courses").countDocuments(new Document());
        }
    }
}
