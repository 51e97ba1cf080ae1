package io.partnerportal.onboarding.platform.web;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.Callable;

/**
 * Runs a blocking call (the synchronous MongoDB driver, JDBC, the event store) off the event loop, so
 * that a slow store never stalls the HTTP threads.
 */
public final class Blocking {

    private Blocking() {
    }

    public static <T> Mono<T> call(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
