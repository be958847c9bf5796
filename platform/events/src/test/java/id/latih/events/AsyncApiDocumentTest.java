package id.latih.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The published catalog (docs/asyncapi.yaml and the README's table) always matches the event records. */
class AsyncApiDocumentTest {

    private static final Path ROOT = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "../.."));

    @Test
    void the_asyncapi_document_describes_exactly_the_catalog() throws IOException {
        Path file = ROOT.resolve("docs/asyncapi.yaml");
        String generated = AsyncApiDocument.render();
        if (Boolean.getBoolean("latih.docs.write")) {
            Files.writeString(file, generated);
        }
        assertThat(Files.readString(file)).as("docs/asyncapi.yaml is stale; regenerate it (see its header)")
                .isEqualTo(generated);
    }

    @Test
    void the_readme_lists_every_event_with_its_topic() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));

        assertThat(EventCatalog.ALL).allSatisfy(type -> assertThat(readme)
                .contains("| `" + type.ceType() + "` | " + type.stage().service() + " | " + type.topic() + " |"));
    }
}
