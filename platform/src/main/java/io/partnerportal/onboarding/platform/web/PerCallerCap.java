package io.partnerportal.onboarding.platform.web;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code max} of one kind of long-lived request open at once per caller — waits for the read side,
 * update streams — so that no caller can tie up what every other caller shares. One over the cap is a 429
 * at once; the slot is given back however the request ends (done, failed, or the client gone).
 */
public final class PerCallerCap {

    private final String what;
    private final int max;
    private final ConcurrentHashMap<String, AtomicInteger> open = new ConcurrentHashMap<>();

    /** {@code what}: how the answer names them, e.g. "open update streams". */
    public PerCallerCap(String what, int max) {
        this.what = what;
        this.max = max;
    }

    public <T> Flux<T> guard(String caller, Flux<T> work) {
        return Flux.using(() -> acquire(caller), slot -> work, this::release);
    }

    public <T> Mono<T> guard(String caller, Mono<T> work) {
        return Mono.using(() -> acquire(caller), slot -> work, this::release);
    }

    /** How many the caller holds now. */
    public int openBy(String caller) {
        AtomicInteger count = open.get(caller);
        return count == null ? 0 : count.get();
    }

    private String acquire(String caller) {
        // Counted inside the map's lock for the key, so that a release cannot drop a count being raised.
        AtomicInteger count = open.compute(caller, (key, held) -> {
            AtomicInteger counter = held == null ? new AtomicInteger() : held;
            counter.incrementAndGet();
            return counter;
        });
        if (count.get() > max) {
            release(caller);
            throw new ProblemException(Problem.tooManyRequests("TOO_MANY_OPEN", "You have " + max + " " + what
                    + " open, the most one caller may have at once; close one or try again later.", 1));
        }
        return caller;
    }

    private void release(String caller) {
        open.computeIfPresent(caller, (key, count) -> count.decrementAndGet() <= 0 ? null : count);
    }
}
