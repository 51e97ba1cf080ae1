package io.partnerportal.onboarding.platform.web;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import reactor.util.context.Context;

import java.util.HashMap;
import java.util.Map;

/**
 * What every log line of a request says about it: its correlation id, and once the caller is known, the
 * principal and the partner. A request hops between threads, so the values travel in Reactor's context and
 * are restored into SLF4J's MDC on whichever thread logs ({@code spring.reactor.context-propagation=auto});
 * the structured log formats write the MDC as fields of each line.
 */
public final class RequestLogContext {

    public static final String CORRELATION_ID = "correlationId";
    public static final String PRINCIPAL = "principal";
    public static final String PARTNER = "partnerId";

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(
                new Slf4jThreadLocalAccessor(CORRELATION_ID, PRINCIPAL, PARTNER));
    }

    private RequestLogContext() {
    }

    /** {@code context} with {@code entries} added to the logging values it already carries. */
    static Context with(Context context, Map<String, String> entries) {
        Map<String, String> values = new HashMap<>(context.<Map<String, String>>getOrDefault(Slf4jThreadLocalAccessor.KEY, Map.of()));
        entries.forEach((key, value) -> {
            if (value != null) {
                values.put(key, value);
            }
        });
        return context.put(Slf4jThreadLocalAccessor.KEY, Map.copyOf(values));
    }
}
