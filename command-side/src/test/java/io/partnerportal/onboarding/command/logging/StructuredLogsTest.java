package io.partnerportal.onboarding.command.logging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerportal.onboarding.command.CommandSideApplication;
import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.BackendProcess;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.nio.file.Files;
import java.nio.file.Path;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command side alone, as the split deployment runs it, logs one JSON object per line (Elastic Common
 * Schema), and every line of a request names its correlation id, principal and partner, whichever thread
 * wrote it. Logging is set up once per JVM, so the backend runs in a JVM of its own, started by its main.
 */
@DisplayName("Structured logs of the command side")
class StructuredLogsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static BackendProcess backend;

    @BeforeAll
    static void start() throws Exception {
        backend = BackendProcess.start(CommandSideApplication.class, new IsolatedStores(), "structured-logs");
    }

    @AfterAll
    static void stop() throws Exception {
        backend.close();
    }

    @Test
    @DisplayName("are the default, with one INFO line per command naming the correlation id, principal and partner")
    void aWriteIsLoggedWithWhoAndWhichRequest() throws Exception {
        String correlationId = "structured-log-" + UUID.randomUUID();
        Map<?, ?> added = ApiClient.as("gina", backend.port()).post().uri("/api/customers")
                .header("X-Correlation-Id", correlationId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(SampleCustomers.contosoBrazil()).exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        JsonNode line = awaitLine(backend.log(), correlationId);
        assertThat(line.path("log").path("level").asText()).isEqualTo("INFO");
        assertThat(line.path("message").asText()).contains("AddCustomer", (String) added.get("customerId"), "version 2");
        assertThat(line.path("correlationId").asText()).isEqualTo(correlationId);
        assertThat(line.path("principal").asText()).isEqualTo("gina");
        assertThat(line.path("partnerId").asText()).isEqualTo("P-1000");
    }

    @Test
    @DisplayName("hold no warning and no stack trace for a client's mistake: an unknown customer, a broken rule")
    void clientErrorsAreNoWarnings() throws Exception {
        String unknown = "client-error-" + UUID.randomUUID();
        ApiClient.as("gina", backend.port()).post().uri("/api/customers/{id}/mca-acceptance", UUID.randomUUID())
                .header("X-Correlation-Id", unknown).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("acceptedBy", Map.of("firstName", "Bruno", "lastName", "Lima", "email", "bruno@contoso.com.br"),
                        "dateAccepted", "2026-11-30"))
                .exchange().expectStatus().isNotFound();
        String broken = "client-error-" + UUID.randomUUID();
        var customer = SampleCustomers.contosoBrazil();
        customer.put("domainPrefix", "no spaces allowed");
        ApiClient.as("gina", backend.port()).post().uri("/api/customers").header("X-Correlation-Id", broken)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(customer).exchange().expectStatus().isBadRequest();
        // A write after both: once its line is in the log, so would be anything the failures wrote before it.
        String after = "structured-log-" + UUID.randomUUID();
        ApiClient.as("gina", backend.port()).post().uri("/api/customers").header("X-Correlation-Id", after)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(SampleCustomers.contosoBrazil()).exchange()
                .expectStatus().isCreated();
        awaitLine(backend.log(), after);

        List<String> all = Files.readAllLines(backend.log());
        // From start-up on: the demo users' warning at start is meant.
        List<String> lines = all.subList(all.indexOf(all.stream().filter(line -> line.contains("Started ")).findFirst()
                .orElseThrow()), all.size());
        assertThat(lines).noneMatch(line -> line.contains(unknown) || line.contains(broken));
        assertThat(lines).noneMatch(line -> line.contains("org.axonframework") && (line.contains("\"WARN\"") || line.contains("\"ERROR\"")));
        assertThat(lines).noneMatch(line -> line.contains("AggregateNotFoundException") || line.contains("\\tat "));
    }

    /** The JSON log line that carries {@code correlationId}; the INFO line is written as the answer goes out. */
    private static JsonNode awaitLine(Path log, String correlationId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            List<String> lines = Files.readAllLines(log).stream().filter(line -> line.contains(correlationId)).toList();
            if (!lines.isEmpty()) {
                return JSON.readTree(lines.getFirst());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no log line names correlation id " + correlationId + "; see " + log);
    }
}
