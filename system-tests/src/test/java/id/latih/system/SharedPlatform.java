package id.latih.system;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands every system test the same {@link RunningPlatform}: started when the first test asks for it and stopped
 * (and checked for processes left behind) when the whole run ends. Starting eight JVMs per test class would cost
 * minutes each time and prove nothing more.
 */
final class SharedPlatform implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPlatform.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningPlatform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(RunningPlatform.class, type -> {
            try {
                RunningPlatform platform = RunningPlatform.start();
                System.out.println("Embedded platform healthy in " + platform.startup().toMillis() + " ms");
                return platform;
            } catch (Exception e) {
                throw new IllegalStateException("The embedded platform did not start", e);
            }
        }, RunningPlatform.class);
    }
}
