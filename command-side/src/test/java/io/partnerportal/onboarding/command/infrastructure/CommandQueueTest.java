package io.partnerportal.onboarding.command.infrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerportal.onboarding.command.CommandSideApplication;
import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands run on a pool of their own, behind a bounded queue: while every command thread is busy the HTTP
 * server still answers, and a command that finds the queue full is refused at once, not left to pile up.
 */
/** One command thread and one seat in its queue. */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"onboarding.commands.threads=1", "onboarding.commands.queue=1"})
@ContextConfiguration(initializers = IsolatedStores.class)
@Import(CommandQueueTest.HeldCommands.class)
@DisplayName("The command pool")
class CommandQueueTest {

    /** Holds every command at its start until the test lets go, as a slow event store would. */
    @TestConfiguration
    static class HeldCommands {

        static final CountDownLatch released = new CountDownLatch(1);
        static final Semaphore started = new Semaphore(0);

        @Bean
        MessageHandlerInterceptor<CommandMessage<?>> holdUntilReleased() {
            return (unitOfWork, chain) -> {
                started.release();
                released.await(30, TimeUnit.SECONDS);
                return chain.proceed();
            };
        }
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    @DisplayName("answers reads while every command thread is busy, refuses a command beyond the queue with 503 BUSY, and runs the queued one")
    void refusesBeyondTheQueue() throws Exception {
        var first = add();
        assertThat(HeldCommands.started.tryAcquire(20, TimeUnit.SECONDS)).as("the first command runs").isTrue();

        ApiClient.as("gina", port).get().uri("/actuator/health").exchange().expectStatus().isOk();
        var others = List.of(add(), add());
        var refused = CompletableFuture.anyOf(others.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        HeldCommands.released.countDown();

        var statuses = new ArrayList<Integer>();
        for (var answer : List.of(first, others.get(0), others.get(1))) {
            statuses.add(answer.get(30, TimeUnit.SECONDS).statusCode());
        }
        assertThat(statuses).containsExactlyInAnyOrder(201, 201, 503);
        var busy = (HttpResponse<?>) refused;
        assertThat(busy.statusCode()).as("the answer that came while the first command was held").isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(busy.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree((String) busy.body()).path("code").asText()).isEqualTo("BUSY");
    }

    private CompletableFuture<HttpResponse<String>> add() throws Exception {
        var customer = SampleCustomers.contosoBrazil();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/customers"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("gina:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(customer))).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }
}
