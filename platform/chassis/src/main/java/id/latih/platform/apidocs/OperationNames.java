package id.latih.platform.apidocs;

import io.swagger.v3.oas.models.Operation;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.util.StringUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Names each operation after its controller and method ({@code NeedController.list} -> operation {@code needList},
 * tag {@code Need}) instead of springdoc's {@code list_1} and {@code need-controller}: client generators turn operation
 * ids into method names, and the gateway's merged document needs them unique across services.
 */
class OperationNames implements GlobalOperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String subject = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
        operation.setOperationId(StringUtils.uncapitalize(subject) + StringUtils.capitalize(handler.getMethod().getName()));
        operation.setTags(List.of(words(subject)));
        return operation;
    }

    /** {@code ProgramEvaluation} -> {@code Program evaluation}. */
    private static String words(String camel) {
        String spaced = camel.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return StringUtils.capitalize(spaced);
    }
}
