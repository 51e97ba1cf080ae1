package io.partnerportal.onboarding.platform.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request belongs to a correlation: the client's {@code X-Correlation-Id}, or a new one. It is
 * echoed on the response, recorded on every event the request causes, and written on every log line of
 * the request ({@link RequestLogContext}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdFilter implements WebFilter {

    public static final String HEADER = "X-Correlation-Id";
    private static final String ATTRIBUTE = CorrelationIdFilter.class.getName();
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final ProblemWriter problems;

    public CorrelationIdFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    public static String of(ServerWebExchange exchange) {
        return exchange.getRequiredAttribute(ATTRIBUTE);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String given = exchange.getRequest().getHeaders().getFirst(HEADER);
        if (given != null && !ACCEPTED.matcher(given).matches()) {
            return problems.write(exchange, Problem.invalidHeader(HEADER, "CORRELATION_ID_FORMAT",
                    HEADER + " must be 1 to 128 letters, digits or . _ : -"));
        }
        String correlationId = given != null ? given : UUID.randomUUID().toString();
        exchange.getAttributes().put(ATTRIBUTE, correlationId);
        exchange.getResponse().getHeaders().set(HEADER, correlationId);
        return chain.filter(exchange).contextWrite(context -> RequestLogContext.with(context,
                Map.of(RequestLogContext.CORRELATION_ID, correlationId)));
    }
}
