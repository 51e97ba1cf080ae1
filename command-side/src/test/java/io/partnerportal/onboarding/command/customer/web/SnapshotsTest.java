package io.partnerportal.onboarding.command.customer.web;

import io.partnerportal.onboarding.command.CommandSideApplication;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer is loaded from its latest snapshot and the events after it; it decides exactly as it would from
 * all of its events, and a snapshot of an older shape is ignored rather than trusted.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "onboarding.snapshots.every=3")
@ContextConfiguration(initializers = IsolatedStores.class)
@DisplayName("Snapshots of a customer")
class SnapshotsTest {

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    DataSource dataSource;

    private Writes writes;
    private JdbcTemplate sql;
    /** One customer's billing profile, changed only in its first address line. */
    private final Map<String, Object> customer = SampleCustomers.contosoBrazil();

    @BeforeEach
    void connect() {
        writes = new Writes(port, eventStore);
        sql = new JdbcTemplate(dataSource);
    }

    @Test
    @DisplayName("are taken as events pile up, and a customer loaded from one keeps its version, billing profile and status")
    void decideAsFromEveryEvent() {
        String customerId = add();
        for (int change = 1; change <= 6; change++) {
            changeBilling(customerId, "Rua Augusta " + change, "\"" + (change + 1) + "\"").expectStatus().isOk()
                    .expectBody().jsonPath("$.version").isEqualTo(change + 2);
        }
        awaitSnapshotOf(customerId);

        // The version and the billing profile come back from the snapshot: a stale If-Match is refused, and
        // a change to the profile it already has records nothing.
        changeBilling(customerId, "Rua Augusta 6", "\"7\"").expectStatus().isEqualTo(412);
        changeBilling(customerId, "Rua Augusta 6", "\"8\"").expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(8);
        writes.call("vera", HttpMethod.POST, "/api/customers/" + customerId + "/verification/approval", null)
                .expectStatus().isOk().expectBody()
                .jsonPath("$.version").isEqualTo(9).jsonPath("$.verificationStatus").isEqualTo("APPROVED");
        assertThat(writes.eventCount(customerId)).isEqualTo(9);
    }

    @Test
    @DisplayName("of an older shape of the aggregate are ignored, and the customer is folded from its events")
    void olderShapeIsIgnored() {
        String customerId = add();
        for (int change = 1; change <= 3; change++) {
            changeBilling(customerId, "Rua Augusta " + change, null).expectStatus().isOk();
        }
        awaitSnapshotOf(customerId);
        // What a snapshot of revision 0 might hold: nothing this aggregate could use.
        sql.update("UPDATE snapshot_event_entry SET payload_revision = '0', payload = ? WHERE aggregate_identifier = ?",
                "{}".getBytes(), customerId);

        changeBilling(customerId, "Rua Augusta 3", "\"5\"").expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(5);
        changeBilling(customerId, "Rua Augusta 4", "\"5\"").expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(6);
    }

    private String add() {
        return (String) writes.call("gina", HttpMethod.POST, "/api/customers", customer).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("customerId");
    }

    @SuppressWarnings("unchecked")
    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec changeBilling(
            String customerId, String addressLine, String ifMatch) {
        ((Map<String, Object>) customer.get("address")).put("addressLine1", addressLine);
        Map<String, Object> billing = Map.of("companyName", customer.get("companyName"),
                "registrationId", customer.get("registrationId"), "primaryContact", customer.get("primaryContact"),
                "address", customer.get("address"));
        String path = "/api/customers/" + customerId + "/billing-profile";
        return ifMatch == null ? writes.call("adam", HttpMethod.PUT, path, billing)
                : writes.call("adam", HttpMethod.PUT, path, billing, "If-Match", ifMatch);
    }

    private void awaitSnapshotOf(String customerId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        int snapshots;
        do {
            snapshots = sql.queryForObject("SELECT COUNT(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                    Integer.class, customerId);
        } while (snapshots == 0 && Instant.now().isBefore(deadline));
        assertThat(snapshots).as("snapshots of customer %s", customerId).isPositive();
    }
}
