package id.latih.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The trace the current thread works in, read where no bean can be injected: when an event is put into its
 * aggregate's outbox ({@code PendingEvent.of}) and when a problem detail is built. Micrometer Tracing's OpenTelemetry
 * bridge keeps the current span in OpenTelemetry's context, so this sees the span of the request (or of the consumed
 * event) whatever the sampling decision: an unsampled span still has ids, which is what correlation needs.
 */
public final class TraceContexts {

    /** The W3C Trace Context header, as HTTP and the CloudEvents distributed-tracing extension name it. */
    public static final String TRACEPARENT = "traceparent";

    private TraceContexts() {
    }

    /** The W3C {@code traceparent} of the current span, or null outside any trace. */
    public static String currentTraceparent() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }

    /** The 32-hex-digit id of the current trace, or null outside any trace. */
    public static String currentTraceId() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? context.getTraceId() : null;
    }
}
