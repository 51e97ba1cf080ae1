package io.partnerportal.onboarding.standalone;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Remembers every request one backend received, as it arrived: behind a proxy, the only way to know which
 * process a request really reached, and with which headers.
 */
final class RequestWitness implements WebFilter, Ordered {

    /** A request as the backend saw it. */
    record Seen(String method, String path, String host, String correlationId) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    /** Puts this witness in front of a backend's handlers when its context starts. */
    ApplicationContextInitializer<ConfigurableApplicationContext> installer() {
        return context -> context.getBeanFactory().registerSingleton("requestWitness", this);
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        seen.add(new Seen(request.getMethod().name(), request.getPath().value(),
                request.getHeaders().getFirst(HttpHeaders.HOST), request.getHeaders().getFirst("X-Correlation-Id")));
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        // Before security, so that a refused request is seen too.
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
