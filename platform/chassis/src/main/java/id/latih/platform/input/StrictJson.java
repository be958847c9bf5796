package id.latih.platform.input;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.core.Ordered;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How every service reads JSON requests: a value is taken as what it is and never guessed. No float becomes an int
 * ({@code 2000.5} is not 2000), no string becomes a number or boolean, no number becomes a string or an enum, a
 * missing or null number is not 0, unknown and repeated fields and trailing content are refused. Text passes
 * {@link TextRules}, dates stay within the configured years. Each refusal names the field (Jackson keeps the path).
 * Events are read by their own mapper ({@code EventJson}), which stays tolerant of unknown fields.
 */
class StrictJson implements JsonMapperBuilderCustomizer, Ordered {

    private final InputProperties limits;

    StrictJson(InputProperties limits) {
        this.limits = limits;
    }

    /** After Boot's own customizer, so {@code spring.jackson.*} defaults cannot loosen these rules. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(JsonMapper.Builder builder) {
        SimpleModule module = new SimpleModule("latih-strict-input");
        module.addDeserializer(String.class, new StrictTextDeserializer(limits.maxTextLength()));
        module.setDeserializerModifier(new YearRangeCheck(limits.minYear(), limits.maxYear()));
        builder.addModule(module)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail));
    }
}
