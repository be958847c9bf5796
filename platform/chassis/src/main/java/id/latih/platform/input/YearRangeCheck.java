package id.latih.platform.input;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Wraps Jackson's own reader of every date and time type so a value outside {@code [minYear, maxYear]} is refused
 * while reading, naming the field. Without it {@code -999999999-01-01} is a valid {@code LocalDate} that fails only
 * later, in the store or in date arithmetic, as an unexpected error.
 */
class YearRangeCheck extends ValueDeserializerModifier {

    private static final Set<Class<?>> DATED = Set.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class,
            ZonedDateTime.class, Instant.class, YearMonth.class, Year.class);

    private final int minYear;
    private final int maxYear;

    YearRangeCheck(int minYear, int maxYear) {
        this.minYear = minYear;
        this.maxYear = maxYear;
    }

    @Override
    public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier beanDesc,
                                                   ValueDeserializer<?> deserializer) {
        return DATED.contains(beanDesc.getBeanClass()) ? new Checked(deserializer) : deserializer;
    }

    private boolean inRange(Object value) {
        try {
            int year = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC).getYear()
                    : ((TemporalAccessor) value).get(ChronoField.YEAR);
            return year >= minYear && year <= maxYear;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private final class Checked extends DelegatingDeserializer {

        Checked(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            Object value = _delegatee.deserialize(p, ctxt);
            if (value != null && !inRange(value)) {
                throw new RefusedValueException(p, "must be a date in the years " + minYear + " to " + maxYear,
                        value.getClass());
            }
            return value;
        }
    }
}
