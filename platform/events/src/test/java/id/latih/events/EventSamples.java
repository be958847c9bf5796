package id.latih.events;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds a fully populated instance of any event record, so every catalog entry is exercised without a fixture each. */
final class EventSamples {

    private EventSamples() {
    }

    static LatihEvent sample(Class<? extends LatihEvent> type) {
        return record(type);
    }

    /** An instance of any record, events and the records nested in them alike. */
    private static <T> T record(Class<T> type) {
        try {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<T> constructor = type.getDeclaredConstructor(types);
            Object[] values = Arrays.stream(components)
                    .map(c -> valueFor(c.getType(), c.getGenericType(), c.getName())).toArray();
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object valueFor(Class<?> type, Type genericType, String name) {
        if (type == UUID.class) {
            return UUID.randomUUID();
        }
        if (type == Instant.class) {
            return Instant.parse("2026-03-02T03:04:05.123456Z");
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 3, 2);
        }
        if (type == int.class || type == Integer.class) {
            return 3;
        }
        if (type == long.class || type == Long.class) {
            return 3L;
        }
        if (type == double.class || type == Double.class) {
            return 0.45;
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == List.class) {
            Type element = ((ParameterizedType) genericType).getActualTypeArguments()[0];
            if (element == Integer.class) {
                return List.of(1, 2);
            }
            if (element instanceof Class<?> c && c.isRecord()) {
                return List.of(record(c), record(c));
            }
            return List.of("a-1", "a-2");
        }
        if (type.isRecord()) {
            return record(type);
        }
        if (type == Map.class) {
            return Map.of("U1", 3.2, "U6", 2.1);
        }
        return name.equals("agencyCode") ? "3273.DINKES" : name + "-value";
    }
}
