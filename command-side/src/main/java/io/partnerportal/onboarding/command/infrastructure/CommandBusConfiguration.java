package io.partnerportal.onboarding.command.infrastructure;

import org.axonframework.commandhandling.AsynchronousCommandBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Commands run on threads of their own, never on the HTTP server's event loop: a command blocks on the event
 * store (JDBC), and on the two event-loop threads of a 2-core machine it stalled every request, reads and
 * health checks included. As many threads as the event store has connections, since a command holds one
 * from its first read to its commit; a bounded queue in front of them, so that an overload is refused at
 * once (503, {@code Retry-After}) instead of piling up work its callers have given up on.
 * <p>
 * The bus is built as Axon's auto-configuration builds its own, but asynchronous; Axon still puts every
 * handler-interceptor bean (such as {@link IdempotencyInterceptor}) on it.
 */
@Configuration(proxyBeanMethods = false)
class CommandBusConfiguration {

    @Bean(destroyMethod = "shutdown")
    @Qualifier("localSegment")
    AsynchronousCommandBus commandBus(TransactionManager transactions, org.axonframework.config.Configuration axon,
                                      DuplicateCommandHandlerResolver duplicates,
                                      @Value("${onboarding.commands.threads}") int threads,
                                      @Value("${onboarding.commands.queue}") int queue) {
        var bus = AsynchronousCommandBus.builder()
                .executor(executor(threads, queue))
                .transactionManager(transactions)
                .duplicateCommandHandlerResolver(duplicates)
                .spanFactory(axon.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axon.messageMonitor(CommandBus.class, "commandBus"))
                .build();
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        return bus;
    }

    /** Refuses a command (RejectedExecutionException, answered 503) when {@code queue} commands already wait. */
    private static ThreadPoolExecutor executor(int threads, int queue) {
        var number = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue),
                work -> Thread.ofPlatform().name("command-" + number.incrementAndGet()).daemon().unstarted(work),
                new ThreadPoolExecutor.AbortPolicy());
    }
}
