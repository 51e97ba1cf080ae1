package io.partnerportal.onboarding.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerportal.onboarding.platform.testing.ApiClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operators' check of every customer view against the event store, as the crash tests read it: once
 * the projection has caught up with the customers a test wrote, none of them may differ, and no view at all
 * may claim a version it does not hold. (On PostgreSQL the store also holds other tests' customers, some
 * tampered with on purpose; only ours are the test's business.)
 */
final class ViewsAgreement {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ViewsAgreement() {
    }

    static void assertAgree(int port, Collection<String> ours) {
        JsonNode integrity = await(port, ours);
        assertThat(integrity.get("differences")).as("views that disagree with the event store")
                .noneMatch(difference -> ours.contains(difference.get("customerId").asText())
                        || "DIFFERS".equals(difference.get("kind").asText()));
    }

    private static JsonNode await(int port, Collection<String> ours) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        JsonNode integrity = check(port);
        while (Instant.now().isBefore(deadline) && mentionsAny(integrity, ours)) {
            pause();
            integrity = check(port);
        }
        return integrity;
    }

    private static JsonNode check(int port) {
        byte[] body = ApiClient.as("opal", port).get().uri("/api/admin/projections/customer-view/integrity").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody();
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean mentionsAny(JsonNode integrity, Collection<String> ours) {
        for (JsonNode difference : integrity.get("differences")) {
            if (ours.contains(difference.get("customerId").asText())) {
                return true;
            }
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
