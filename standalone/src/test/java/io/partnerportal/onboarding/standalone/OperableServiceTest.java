package io.partnerportal.onboarding.standalone;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator sees of a running backend: its meters, its log lines, and projections that say where they are. */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IsolatedStores.class)
@ExtendWith(OutputCaptureExtension.class)
@DisplayName("An operable service")
class OperableServiceTest {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry registry;

    @Test
    @DisplayName("counts commands by type and outcome, customers added, purchases blocked by reason and verifications decided")
    void domainMeters() {
        double added = counter("onboarding_customers_added_customers_total");
        Map<String, Double> blocked = Map.of("VERIFICATION_PENDING", blocked("VERIFICATION_PENDING"),
                "MCA_NOT_CONFIRMED", blocked("MCA_NOT_CONFIRMED"));
        double approved = counter("onboarding_verifications_decided_verifications_total{decision=\"approved\"}");
        double refusedPurchases = counter("onboarding_commands_total{command=\"PurchaseSubscription\",outcome=\"refused\"}");

        String id = Backends.addCustomer(port);
        List<Object> reasons = List.copyOf((List<?>) ApiClient.as("sara", port).post().uri("/api/customers/{id}/subscriptions", id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("offerId", "CFQ7TTC0LH18", "quantity", 1))
                .exchange().expectStatus().isEqualTo(409).expectBody(Map.class).returnResult().getResponseBody()
                .get("blockedReasons"));
        ApiClient.as("vera", port).post().uri("/api/customers/{id}/verification/approval", id).exchange().expectStatus().isOk();

        assertThat(counter("onboarding_customers_added_customers_total")).isEqualTo(added + 1);
        assertThat(reasons).contains("VERIFICATION_PENDING");
        blocked.forEach((reason, before) -> assertThat(blocked(reason)).as("purchases blocked by %s", reason)
                .isEqualTo(before + (reasons.contains(reason) ? 1 : 0)));
        assertThat(counter("onboarding_verifications_decided_verifications_total{decision=\"approved\"}")).isEqualTo(approved + 1);
        assertThat(counter("onboarding_commands_total{command=\"PurchaseSubscription\",outcome=\"refused\"}"))
                .isEqualTo(refusedPurchases + 1);
        assertThat(counter("onboarding_commands_total{command=\"AddCustomer\",outcome=\"accepted\"}")).isGreaterThanOrEqualTo(1);
    }

    @Test
    @DisplayName("an idempotent retry answers again but counts the customer once")
    void retryCountsOnce() {
        double added = counter("onboarding_customers_added_customers_total");
        var customer = SampleCustomers.contosoBrazil();
        for (int attempt = 0; attempt < 2; attempt++) {
            ApiClient.as("gina", port).post().uri("/api/customers").header("Idempotency-Key", "operable-retry")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(customer).exchange().expectStatus().isCreated();
        }
        assertThat(counter("onboarding_customers_added_customers_total")).isEqualTo(added + 1);
    }

    @Test
    @DisplayName("shows each projection's position, lag and dead letters, and the verification queue's size, as gauges")
    void gauges() {
        String id = Backends.addCustomer(port);
        Backends.awaitCustomer(port, id, 1);
        Number queued = (Number) ApiClient.as("vera", port).get().uri("/api/verification-queue").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("total");

        eventually(() -> gauge("onboarding_verification_queue_size_customers") == queued.doubleValue());
        for (String projection : List.of("customer-view", "customer-feed", "relationship-requests")) {
            eventually(() -> gauge("onboarding_projection_position_events{projection=\"" + projection + "\"}") >= 1);
            assertThat(metrics()).contains("onboarding_projection_lag_events{projection=\"" + projection + "\"}",
                    "onboarding_projection_lag_time_seconds{projection=\"" + projection + "\"}",
                    "onboarding_projection_dead_letters_sequences{projection=\"" + projection + "\"}");
        }
        assertThat(metrics()).contains("onboarding_verification_queue_overdue_customers ");
    }

    @Test
    @DisplayName("every meter of ours has a base unit and a description")
    void metersAreDescribed() {
        Backends.addCustomer(port);
        metrics();
        List<Meter.Id> ours = registry.getMeters().stream().map(Meter::getId)
                .filter(id -> id.getName().startsWith("onboarding.")).toList();

        assertThat(ours).extracting(Meter.Id::getName).contains("onboarding.commands", "onboarding.customers.added",
                "onboarding.projection.lag", "onboarding.verification.queue.size");
        assertThat(ours).allSatisfy(id -> {
            assertThat(id.getBaseUnit()).as("base unit of %s", id.getName()).isNotBlank();
            assertThat(id.getDescription()).as("description of %s", id.getName()).isNotBlank();
        });
    }

    @Test
    @DisplayName("a finished replay says it is finished, without waiting for another event")
    void replayFinishes() {
        String id = Backends.addCustomer(port);
        Backends.awaitCustomer(port, id, 1);
        ApiClient.as("opal", port).post().uri("/api/admin/projections/customer-view/replay").exchange()
                .expectStatus().isAccepted();

        eventually(() -> {
            Map<?, ?> status = ApiClient.as("opal", port).get().uri("/api/admin/projections").exchange()
                    .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
            Map<?, ?> view = ((List<?>) status.get("items")).stream().map(Map.class::cast)
                    .filter(item -> item.get("name").equals("customer-view")).findFirst().orElseThrow();
            return Boolean.FALSE.equals(view.get("replaying")) && ((Number) view.get("lag")).longValue() == 0
                    && view.get("replayProgressPercent") == null && ((Number) view.get("lagSeconds")).longValue() == 0;
        });
    }

    @Test
    @DisplayName("a write logs one INFO line with the command, customer and version, carrying the correlation id, principal and partner")
    void writeLogLine(CapturedOutput output) {
        String correlationId = "operable-" + System.nanoTime();
        String id = (String) ApiClient.as("gina", port).post().uri("/api/customers").header("X-Correlation-Id", correlationId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(SampleCustomers.contosoBrazil()).exchange()
                .expectStatus().isCreated().expectHeader().valueEquals("X-Correlation-Id", correlationId)
                .expectBody(Map.class).returnResult().getResponseBody().get("customerId");

        eventually(() -> output.getOut().contains(id));
        List<String> lines = output.getOut().lines().filter(line -> line.contains(correlationId)).toList();
        assertThat(lines).filteredOn(line -> line.contains("AddCustomer of customer " + id + ": now at version 2"))
                .singleElement().satisfies(line -> assertThat(line).contains(" INFO ", "[" + correlationId + " gina P-1000]"));
    }

    @Test
    @DisplayName("a client's mistake is an answer, not a warning in the log")
    void clientErrorsAreNotWarnings(CapturedOutput output) {
        String correlationId = "mistake-" + System.nanoTime();
        ApiClient.as("gina", port).post().uri("/api/customers").header("X-Correlation-Id", correlationId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("companyName", "x")).exchange()
                .expectStatus().isBadRequest();
        ApiClient.as("gina", port).get().uri("/api/customers/{id}", "no-such-customer").header("X-Correlation-Id", correlationId)
                .exchange().expectStatus().isNotFound();

        assertThat(output.getOut().lines().filter(line -> line.contains(correlationId)))
                .noneMatch(line -> line.contains(" WARN ") || line.contains(" ERROR "));
    }

    private double blocked(String reason) {
        return counter("onboarding_purchases_blocked_purchases_total{reason=\"" + reason + "\"}");
    }

    private double counter(String series) {
        return value(metrics(), series).orElse(0.0);
    }

    private double gauge(String series) {
        return value(metrics(), series).orElse(Double.NaN);
    }

    private String metrics() {
        return ApiClient.as("opal", port).get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private static java.util.Optional<Double> value(String metrics, String series) {
        var line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return line.find() ? java.util.Optional.of(Double.parseDouble(line.group(1))) : java.util.Optional.empty();
    }

    private static void eventually(Supplier<Boolean> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.get()) {
            assertThat(Instant.now()).as("condition still false at the deadline").isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
