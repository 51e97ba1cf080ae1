package io.partnerportal.onboarding.platform.web;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.Callable;

/**
 * Runs a blocking call (the synchronous MongoDB driver, JDBC, the event store) off the event loop, so
 * that a slow store never stalls the HTTP threads.
 */
public final class Blocking {

    /**
     * Reactor's threads for blocking work, handed tasks as a plain executor: a call whose request is cancelled
     * (its client gone, a timeout) runs to its end and its answer is dropped. Reactor's own scheduler would
     * interrupt the thread, and the MongoDB driver answers an interrupt by failing the call and closing its
     * connection: under overload, hundreds of such failures a minute were logged as unexpected. A stream's tasks
     * run one after the other (trampolined), as Reactor's own worker runs them.
     */
    private static final Scheduler UNINTERRUPTED =
            Schedulers.fromExecutor(task -> Schedulers.boundedElastic().schedule(task), true);

    private Blocking() {
    }

    public static <T> Mono<T> call(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(UNINTERRUPTED);
    }

    /** A stream whose items are read by blocking calls: a cancelled stream ends after the read in progress. */
    public static <T> Flux<T> stream(Flux<T> reads) {
        return reads.subscribeOn(UNINTERRUPTED);
    }
}
