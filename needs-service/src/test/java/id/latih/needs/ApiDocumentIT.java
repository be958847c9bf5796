package id.latih.needs;

import id.latih.testing.ApiDocumentation;
import id.latih.testing.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The service's own OpenAPI document lists every operation its controllers map, open without a token. */
class ApiDocumentIT extends ServiceIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void the_api_document_describes_every_operation_with_its_problems_and_the_bearer_scheme() {
        ApiDocumentation.assertDocumentsEveryOperation(context, http(), "id.latih.needs", "needs-service");
    }
}
