package io.partnerportal.onboarding.standalone;

import io.partnerportal.onboarding.command.CommandSideApplication;
import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;
import io.partnerportal.onboarding.query.QuerySideApplication;
import io.partnerportal.onboarding.standalone.RequestWitness.Seen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The split deployment behind one entry point: a real nginx, configured from the template we ship
 * (deploy/nginx/onboarding.conf.template), in front of a command side and a query side that share only
 * the stores. Every request of these tests goes to nginx's port; a witness in each side tells which
 * process a request really reached, and with which headers.
 */
@DisplayName("One entry point: nginx in front of the command side and the query side")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NginxEntryPointTest {

    private static final String CORRELATION_ID = "X-Correlation-Id";
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final IsolatedStores stores = new IsolatedStores();
    private final RequestWitness commandSideSaw = new RequestWitness();
    private final RequestWitness querySideSaw = new RequestWitness();
    private ConfigurableApplicationContext commandSide;
    private ConfigurableApplicationContext querySide;
    private Nginx nginx;

    @BeforeAll
    void startBothSidesBehindNginx() throws Exception {
        Nginx.requireInstalled();
        commandSide = Backends.start(CommandSideApplication.class, stores, commandSideSaw.installer());
        // Heartbeats far apart: a change must reach a stream's client by itself, not pushed out by later bytes.
        querySide = Backends.start(QuerySideApplication.class, stores, querySideSaw.installer(),
                "--onboarding.customer-reads.heartbeat=10m", "--onboarding.feed.heartbeat=10m");
        nginx = Nginx.inFrontOf(Backends.port(commandSide), Backends.port(querySide));
    }

    @AfterAll
    void stopAll() {
        if (nginx != null) {
            nginx.close();
        }
        if (querySide != null) {
            querySide.close();
        }
        if (commandSide != null) {
            commandSide.close();
        }
    }

    @Test
    @DisplayName("a write answers 201 with a Location that, followed through the same port, reads the customer")
    void theLocationOfAWriteReadsThroughTheSamePort() {
        var created = as("gina").post().uri("/api/customers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(SampleCustomers.contosoBrazil()).exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult();
        Map<?, ?> answer = created.getResponseBody();
        URI location = entryPoint().resolve(created.getResponseHeaders().getLocation());
        assertThat(location.getPort()).as("the Location, resolved as a client does, names the entry point")
                .isEqualTo(nginx.port());

        as("gina").get().uri(location + "?minVersion={version}", answer.get("version")).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.customerId").isEqualTo(answer.get("customerId"))
                .jsonPath("$.version").isEqualTo(answer.get("version"));
    }

    @Test
    @DisplayName("a write sent to nginx reaches the command side and a read the query side, each with the Host the client used")
    void writesReachTheCommandSideAndReadsTheQuerySide() {
        String write = newCorrelationId();
        String read = newCorrelationId();
        String customerId = addCustomer(write);

        as("gina").get().uri("/api/customers/{id}?minVersion=2", customerId).header(CORRELATION_ID, read).exchange()
                .expectStatus().isOk();

        String host = "localhost:" + nginx.port();
        assertThat(commandSideSaw.seen()).contains(new Seen("POST", "/api/customers", host, write));
        assertThat(querySideSaw.seen()).contains(new Seen("GET", "/api/customers/" + customerId, host, read));
        assertThat(querySideSaw.seen()).extracting(Seen::correlationId).doesNotContain(write);
        assertThat(commandSideSaw.seen()).extracting(Seen::correlationId).doesNotContain(read);
    }

    @Test
    @DisplayName("the query side's own writes, the projection operations, reach the query side")
    void projectionOperationsReachTheQuerySide() {
        String retry = newCorrelationId();

        as("opal").post().uri("/api/admin/projections/customer-view/dead-letters/retry").header(CORRELATION_ID, retry)
                .exchange().expectStatus().isOk();

        assertThat(querySideSaw.seen()).extracting(Seen::method, Seen::correlationId)
                .contains(tuple("POST", retry));
        assertThat(commandSideSaw.seen()).extracting(Seen::correlationId).doesNotContain(retry);
    }

    @Test
    @DisplayName("the correlation id a client sends is answered back, and recorded by nginx, by the side and on the events")
    void theCorrelationIdGoesEndToEnd() {
        String correlationId = newCorrelationId();

        String customerId = addCustomer(correlationId);

        assertThat(commandSideSaw.seen()).extracting(Seen::correlationId).contains(correlationId);
        Map<?, ?> history = as("gina").get().uri("/api/customers/{id}/history", customerId).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<?>) history.get("items")).as("every event the write caused").hasSize(2)
                .allSatisfy(event -> assertThat(((Map<?, ?>) event).get("correlationId")).isEqualTo(correlationId));
        Logged logged = awaitLogged(entry -> correlationId.equals(entry.correlationId()));
        assertThat(logged.method()).isEqualTo("POST");
        assertThat(logged.upstream()).as("nginx's log names the side that answered")
                .isEqualTo("127.0.0.1:" + Backends.port(commandSide));
    }

    @Test
    @DisplayName("a request without a correlation id is given nginx's request id, which the side answers and nginx logs")
    void aCorrelationIdIsMadeAtTheEntryPoint() {
        String given = as("gina").get().uri("/api/customers").exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(CORRELATION_ID);

        assertThat(given).as("nginx's request id: 32 hex digits (a side would make a UUID)").matches("[0-9a-f]{32}");
        assertThat(querySideSaw.seen()).extracting(Seen::correlationId).contains(given);
        assertThat(awaitLogged(entry -> given.equals(entry.correlationId())).uri()).isEqualTo("/api/customers");
    }

    @Test
    @DisplayName("a customer's update stream delivers each change through nginx as it happens, while the stream stays open")
    void customerUpdatesArriveWhileTheStreamIsOpen() {
        String customerId = addCustomer(newCorrelationId());
        // A stream is opened on a customer the query side knows (else 404).
        Backends.awaitCustomer(nginx.port(), customerId, 2);

        // The side keeps the stream open for half an hour and sends no heartbeat for ten minutes, so a change
        // that arrives within the wait below was passed on at once, not when a buffer filled or the stream ended.
        var updates = as("gina").get().uri("/api/customers/{id}/updates", customerId)
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() { })
                .getResponseBody()
                // Approve once the stream has shown the customer as it is; off the stream's thread.
                .doOnNext(shown -> {
                    if ("2".equals(shown.id())) {
                        CompletableFuture.runAsync(() -> as("vera").post()
                                .uri("/api/customers/{id}/verification/approval", customerId).exchange()
                                .expectStatus().isOk());
                    }
                })
                .take(2).collectList().block(Duration.ofSeconds(20));

        assertThat(updates).extracting(ServerSentEvent::id).containsExactly("2", "3");
        assertThat(updates.get(1).data()).containsEntry("verificationStatus", "APPROVED");
    }

    @Test
    @DisplayName("the event feed's stream delivers a new entry through nginx as it is written, while the stream stays open")
    void feedEntriesArriveWhileTheStreamIsOpen() throws Exception {
        String first = addCustomer(newCorrelationId());
        var caughtUp = new AtomicBoolean();
        var second = new CompletableFuture<String>();

        var entries = as("gina").get().uri("/api/events/stream")
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() { })
                .getResponseBody()
                .filter(message -> message.data() != null)
                // Once the stream has caught up to the first customer, add another (off the stream's thread); the
                // first entry of any other customer after that is the new one's.
                .takeUntil(entry -> {
                    if (first.equals(entry.data().get("subject"))) {
                        if (caughtUp.compareAndSet(false, true)) {
                            second.completeAsync(() -> addCustomer(newCorrelationId()));
                        }
                        return false;
                    }
                    return caughtUp.get();
                })
                .collectList().block(Duration.ofSeconds(20));

        assertThat(entries.getLast().data().get("subject")).isEqualTo(second.get(10, TimeUnit.SECONDS));
    }

    @Test
    @DisplayName("each side's half of the OpenAPI document is published, its server the origin it was read from")
    void bothHalvesOfTheApiDocumentArePublished() {
        // A relative server URL: a client resolves it against where it read the document, here the entry point.
        String origin = "/";
        ApiClient.anonymous(nginx.port()).get().uri("/v3/api-docs/commands").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/customers'].post").exists()
                .jsonPath("$.paths['/api/events/stream']").doesNotExist()
                .jsonPath("$.servers[0].url").isEqualTo(origin);
        ApiClient.anonymous(nginx.port()).get().uri("/v3/api-docs/queries").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/events/stream'].get").exists()
                .jsonPath("$.paths['/api/customers'].post").doesNotExist()
                .jsonPath("$.servers[0].url").isEqualTo(origin);
    }

    @Test
    @DisplayName("health and metrics are not served through the entry point: they describe one process each")
    void healthIsNotServedThroughTheEntryPoint() {
        ApiClient.anonymous(nginx.port()).get().uri("/actuator/health").exchange().expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");

        assertThat(commandSideSaw.seen()).extracting(Seen::path).doesNotContain("/actuator/health");
        assertThat(querySideSaw.seen()).extracting(Seen::path).doesNotContain("/actuator/health");
    }

    @Test
    @DisplayName("what nginx refuses itself, such as a body over 1 MB, is answered as problem+json like every error")
    void nginxRefusalsAreProblems() {
        as("gina").post().uri("/api/customers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"companyName\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE");
    }

    /** A line of nginx's access log, in the template's format. */
    record Logged(String method, String uri, String status, String upstream, String correlationId) {
    }

    private WebTestClient as(String user) {
        return ApiClient.as(user, nginx.port());
    }

    private URI entryPoint() {
        return URI.create("http://localhost:" + nginx.port());
    }

    /** Adds a customer through nginx as gina, in the given correlation; answers its id. */
    private String addCustomer(String correlationId) {
        Map<?, ?> answer = as("gina").post().uri("/api/customers").header(CORRELATION_ID, correlationId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(SampleCustomers.contosoBrazil()).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals(CORRELATION_ID, correlationId)
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) answer.get("customerId");
    }

    private static String newCorrelationId() {
        return "nginx-test-" + UUID.randomUUID();
    }

    /** nginx writes a request's line once it has answered, so the client may read the answer a moment before. */
    private Logged awaitLogged(Predicate<Logged> wanted) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (true) {
            var found = nginx.accessLog().stream().map(line -> JSON.readValue(line, Logged.class)).filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            assertThat(Instant.now()).as("a line in nginx's access log").isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
