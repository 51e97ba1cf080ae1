package io.partnerportal.onboarding.command.customer.web;

import io.partnerportal.onboarding.command.CommandSideApplication;
import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One caller's flood of writes is its own problem: 429 with Retry-After for it, nothing for anyone else. */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = WriteRateLimitTest.ThreeWritesAMinute.class)
@DisplayName("The write rate limit")
class WriteRateLimitTest {

    /** The test's own stores, with a limit of three writes a minute per caller. */
    static class ThreeWritesAMinute extends IsolatedStores {

        @Override
        public Map<String, Object> properties() {
            var properties = new HashMap<>(super.properties());
            properties.put("onboarding.rate-limits.writes-per-minute", "3");
            return properties;
        }
    }

    @LocalServerPort
    int port;

    @Test
    @DisplayName("answers a caller's fourth write in a minute 429 with Retry-After, and lets another caller write")
    void limitsEachCallerAlone() {
        for (int write = 0; write < 3; write++) {
            add("sara").expectStatus().isCreated();
        }

        add("sara").expectStatus().isEqualTo(429)
                .expectHeader().value("Retry-After", seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L))
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.code").isEqualTo("RATE_LIMITED");
        add("gina").expectStatus().isCreated();
        ApiClient.as("sara", port).get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec add(String user) {
        return ApiClient.as(user, port).post().uri("/api/customers").bodyValue(SampleCustomers.contosoBrazil()).exchange();
    }
}
