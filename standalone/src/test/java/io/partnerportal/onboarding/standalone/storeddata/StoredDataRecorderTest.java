package io.partnerportal.onboarding.standalone.storeddata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnerportal.onboarding.kernel.customer.event.CustomerEvent;
import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;
import io.partnerportal.onboarding.standalone.CustomerLives;
import io.partnerportal.onboarding.standalone.StandaloneApplication;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes customers whose histories hold every kind of event, with an idempotent write among them, and
 * dumps what the event store then holds as text under {@code target/stored-data}, beside what the backend
 * answered for each customer. A copy of such a dump, made by an earlier version of the backend, lives under
 * {@code src/test/resources/stored-data/}: {@link StoredDataCompatibilityTest} proves that this version
 * still reads it. To keep the stored shapes of a release, copy this test's output there.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IsolatedStores.class)
@DisplayName("A dump of the stored data")
class StoredDataRecorderTest {

    static final Path OUTPUT = Path.of("target", "stored-data");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @DisplayName("covers every kind of event, and the claims and idempotency records that come with them")
    void recordsEveryEventType() throws Exception {
        String idempotencyKey = "stored-data-" + UUID.randomUUID();
        List<String> customers = List.of(customerThroughItsWholeLife(), rejectedCustomerOfAReseller(idempotencyKey));

        var answers = StoredData.JSON.createObjectNode();
        ObjectNode retry = answers.putObject(StoredData.IDEMPOTENT_REQUEST);
        retry.put("caller", "ivan").put("idempotencyKey", idempotencyKey).set("body", StoredData.JSON.valueToTree(idempotentBody));
        ObjectNode customerAnswers = answers.putObject(StoredData.CUSTOMERS);
        for (String id : customers) {
            ObjectNode answer = customerAnswers.putObject(id);
            answer.set("view", get(owners.get(id), "/api/customers/" + id));
            answer.set("history", get("otto", "/api/customers/" + id + "/history"));
        }
        StoredData.dump(jdbc, customers, List.of(idempotencyKey), OUTPUT);
        StoredData.JSON.writerWithDefaultPrettyPrinter().writeValue(OUTPUT.resolve(StoredData.ANSWERS).toFile(), answers);

        var storedTypes = StoredData.read(OUTPUT.resolve(StoredData.EVENTS)).stream()
                .map(row -> row.get("payload_type").asText()).distinct().toList();
        // Every type still written; relationship requests have streams of their own now (ADR 8).
        assertThat(storedTypes).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(CustomerEvent.class.getPermittedSubclasses()).map(Class::getName)
                        .filter(type -> !type.endsWith(".RelationshipRequested")).toList());
        assertThat(StoredData.read(OUTPUT.resolve(StoredData.CLAIMS))).hasSize(4);
        assertThat(StoredData.read(OUTPUT.resolve(StoredData.IDEMPOTENCY))).hasSize(1);
        assertThat(Files.readString(OUTPUT.resolve(StoredData.EVENTS))).contains("correlationId", "idempotencyKey");
    }

    private final Map<String, String> owners = new HashMap<>();
    private Map<String, Object> idempotentBody;

    private String customerThroughItsWholeLife() {
        String id = new CustomerLives(port).wholeLife();
        owners.put(id, "gina");
        return id;
    }

    private String rejectedCustomerOfAReseller(String idempotencyKey) {
        idempotentBody = SampleCustomers.contosoBrazil();
        String id = new CustomerLives(port).rejectedCustomerOfAReseller(idempotentBody, idempotencyKey);
        owners.put(id, "ivan");
        return id;
    }

    private JsonNode get(String user, String path) throws Exception {
        // The view is eventually consistent: wait for the last event written above before recording it.
        long head = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, path.split("/")[3]);
        String uri = path.endsWith("/history") ? path : path + "?minVersion=" + head;
        return StoredData.JSON.readTree(ApiClient.as(user, port).get().uri(uri).exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody());
    }
}
