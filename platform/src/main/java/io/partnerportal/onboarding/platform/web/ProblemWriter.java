package io.partnerportal.onboarding.platform.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Problem} as the response, from places that are not controllers (filters, handlers), with
 * the same JSON mapper as the controllers' answers.
 */
@Component
public class ProblemWriter {

    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, Problem problem) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(HttpStatus.valueOf(problem.status()));
        response.getHeaders().set(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (problem.status() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            // Every 503 of ours is passing (a projection catching up, a slow store): say when to retry.
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
        }
        if (problem.extensions().get(Problem.RETRY_AFTER) instanceof Number seconds) {
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds.longValue()));
        }
        return Mono.fromCallable(() -> response.bufferFactory().wrap(json.writeValueAsBytes(problem)))
                .flatMap(body -> response.writeWith(Mono.just(body)));
    }
}
