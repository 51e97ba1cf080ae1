package io.partnerportal.onboarding.platform.web;

import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.platform.identity.Callers;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * Adds the signed-in caller (principal and partner) to the logging context of the rest of the request.
 * Ordered after Spring Security's filter chain (order -100), which is what signs the caller in.
 */
@Component
@Order(0)
class SignedInLogContextFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return exchange.getPrincipal()
                .filter(Authentication.class::isInstance)
                // A principal that is no caller of ours is refused further on; the log just does not name it.
                .flatMap(principal -> Mono.fromCallable(() -> Callers.from((Authentication) principal))
                        .onErrorResume(RuntimeException.class, notACaller -> Mono.empty()))
                .map(caller -> Map.of(RequestLogContext.PRINCIPAL, caller.userId(),
                        RequestLogContext.PARTNER, partnerOf(caller)))
                .defaultIfEmpty(Map.of())
                .flatMap(entries -> chain.filter(exchange).contextWrite(context -> RequestLogContext.with(context, entries)));
    }

    /** Platform staff (officers, auditors, operators) belong to no partner. */
    private static String partnerOf(Caller caller) {
        return caller.partnerId() == null ? "-" : caller.partnerId();
    }
}
