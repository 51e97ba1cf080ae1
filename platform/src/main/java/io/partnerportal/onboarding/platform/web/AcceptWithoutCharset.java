package io.partnerportal.onboarding.platform.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Drops the {@code charset} of each media type in {@code Accept}. Every answer here is UTF-8 (JSON has no
 * other, RFC 8259 §8.1), and {@code Accept: application/json; charset=latin1} still matched the endpoint, so
 * the write was done and only then did no encoder take the answer: a 500 for a change that was recorded.
 * Without the charset the client gets the UTF-8 it would have got from any other server of JSON.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AcceptWithoutCharset implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        List<String> accept = exchange.getRequest().getHeaders().get(HttpHeaders.ACCEPT);
        if (accept == null || accept.stream().noneMatch(value -> value.toLowerCase().contains("charset"))) {
            return chain.filter(exchange);
        }
        List<MediaType> withoutCharset;
        try {
            withoutCharset = exchange.getRequest().getHeaders().getAccept().stream()
                    .map(type -> new MediaType(type, type.getParameters().entrySet().stream()
                            .filter(parameter -> !parameter.getKey().equalsIgnoreCase("charset"))
                            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))))
                    .toList();
        } catch (RuntimeException unparseable) {
            // An Accept Spring cannot read is answered by its own 406 path, as before.
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(request -> request.headers(headers ->
                headers.setAccept(withoutCharset))).build());
    }
}
