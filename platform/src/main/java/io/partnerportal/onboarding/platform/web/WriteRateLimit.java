package io.partnerportal.onboarding.platform.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.security.Principal;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code onboarding.rate-limits.writes-per-minute} writes per signed-in caller, as a token bucket
 * (Bucket4j) that refills evenly over the minute: one caller's flood is answered 429 with
 * {@code Retry-After}, before it reaches the command side's stores, and never slows another caller. Runs
 * after Spring Security, so that the caller is known; an anonymous write is refused there first. 0 turns
 * the limit off.
 */
@Component
public class WriteRateLimit implements WebFilter {

    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final long perMinute;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public WriteRateLimit(@Value("${onboarding.rate-limits.writes-per-minute}") long perMinute) {
        this.perMinute = perMinute;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (perMinute <= 0 || !WRITES.contains(exchange.getRequest().getMethod())
                || !exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .map(Principal::getName)
                .flatMap(caller -> {
                    var probe = buckets.computeIfAbsent(caller, this::bucket).tryConsumeAndReturnRemaining(1);
                    if (probe.isConsumed()) {
                        return Mono.<Void>empty();
                    }
                    long seconds = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1;
                    return Mono.<Void>error(new ProblemException(Problem.tooManyRequests("RATE_LIMITED",
                            "You have made " + perMinute + " writes in the last minute, the most one caller may; try again in "
                                    + seconds + (seconds == 1 ? " second." : " seconds."), seconds)));
                })
                .then(chain.filter(exchange));
    }

    private Bucket bucket(String caller) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }
}
