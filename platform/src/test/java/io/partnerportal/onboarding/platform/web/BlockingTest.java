package io.partnerportal.onboarding.platform.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Hooks;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A blocking call made for a request")
class BlockingTest {

    @BeforeAll
    static void propagateContext() {
        Hooks.enableAutomaticContextPropagation(); // as spring.reactor.context-propagation=auto does
    }

    @AfterAll
    static void stopPropagating() {
        Hooks.disableAutomaticContextPropagation();
    }

    @Test
    @DisplayName("runs to its end when the request is cancelled: the store's driver is never interrupted")
    void notInterruptedByCancel() throws InterruptedException {
        var read = new SlowRead();
        Disposable request = Blocking.call(() -> {
            read.run();
            return "answer";
        }).subscribe();

        read.assertRunsToItsEndWhenCancelled(request);
    }

    @Test
    @DisplayName("of a stream ends, when the stream is cancelled, after the read in progress, uninterrupted")
    void streamNotInterruptedByCancel() throws InterruptedException {
        var read = new SlowRead();
        Disposable stream = Blocking.stream(Flux.<String>generate(sink -> {
            read.run();
            sink.next("window");
        })).subscribe();

        read.assertRunsToItsEndWhenCancelled(stream);
    }

    @Test
    @DisplayName("logs with the request's correlation id")
    void carriesTheLogContext() {
        String seen = Blocking.call(() -> MDC.get(RequestLogContext.CORRELATION_ID))
                .contextWrite(context -> RequestLogContext.with(context, Map.of(RequestLogContext.CORRELATION_ID, "c-42")))
                .block(Duration.ofSeconds(5));

        assertThat(seen).isEqualTo("c-42");
    }

    /** A read that blocks for 300 ms, as a slow store does, and notes whether its thread was interrupted. */
    private static final class SlowRead {

        private final CountDownLatch started = new CountDownLatch(1);
        private final CountDownLatch ended = new CountDownLatch(1);
        private final AtomicBoolean interrupted = new AtomicBoolean();

        void run() {
            started.countDown();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                interrupted.set(true);
            } finally {
                ended.countDown();
            }
        }

        /** Cancels {@code caller} once this read has started, and expects the read to end uninterrupted. */
        void assertRunsToItsEndWhenCancelled(Disposable caller) throws InterruptedException {
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            caller.dispose();

            assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(interrupted).as("interrupted").isFalse();
        }
    }
}
