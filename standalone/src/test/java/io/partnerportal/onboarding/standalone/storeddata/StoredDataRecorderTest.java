package io.partnerportal.onboarding.standalone.storeddata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnerportal.onboarding.kernel.customer.event.CustomerEvent;
import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;
import io.partnerportal.onboarding.standalone.StandaloneApplication;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
        assertThat(storedTypes).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(CustomerEvent.class.getPermittedSubclasses()).map(Class::getName).toList());
        assertThat(StoredData.read(OUTPUT.resolve(StoredData.CLAIMS))).hasSize(4);
        assertThat(StoredData.read(OUTPUT.resolve(StoredData.IDEMPOTENCY))).hasSize(1);
        assertThat(Files.readString(OUTPUT.resolve(StoredData.EVENTS))).contains("correlationId", "idempotencyKey");
    }

    private final Map<String, String> owners = new HashMap<>();
    private Map<String, Object> idempotentBody;

    /** Every event but a rejection: MCA, GDAP, cost management, subscriptions, a billing change, a request. */
    private String customerThroughItsWholeLife() {
        var customer = SampleCustomers.contosoBrazil();
        String id = (String) write("gina", HttpMethod.POST, "/api/customers", customer, null).get("customerId");
        owners.put(id, "gina");
        String base = "/api/customers/" + id;
        write("sara", HttpMethod.POST, base + "/mca-acceptance", Map.of("acceptedBy", Map.of("firstName", "Bruno",
                "lastName", "Lima", "email", "bruno.lima@contoso.com.br"), "dateAccepted", LocalDate.now().minusDays(1).toString()), null);
        write("adam", HttpMethod.PUT, base + "/cost-management", Map.of("enabled", true), null);
        write("adam", HttpMethod.PUT, base + "/cost-management", Map.of("enabled", false), null);
        write("adam", HttpMethod.POST, base + "/gdap-relationships", Map.of("displayName", "Helpdesk",
                "durationDays", 365, "roles", List.of("HELPDESK_ADMINISTRATOR", "USER_ADMINISTRATOR"), "autoExtend", true,
                "securityGroups", List.of(Map.of("groupId", "sg-1", "roles", List.of("HELPDESK_ADMINISTRATOR")))), null);
        write("vera", HttpMethod.POST, base + "/verification/approval", null, null);
        var bought = write("sara", HttpMethod.POST, base + "/subscriptions", Map.of("offerId", "CFQ7TTC0LH18", "quantity", 2), null);
        String subscription = base + "/subscriptions/" + bought.get("subscriptionId");
        write("sara", HttpMethod.PATCH, subscription, Map.of("quantity", 5), null);
        write("sara", HttpMethod.POST, subscription + "/renewal", null, null);
        write("sara", HttpMethod.DELETE, subscription, null, null);
        write("rita", HttpMethod.POST, "/api/relationship-requests", Map.of("domainPrefix", customer.get("domainPrefix")), null);
        @SuppressWarnings("unchecked")
        var address = new HashMap<>((Map<String, Object>) customer.get("address"));
        address.put("addressLine1", "Rua Augusta 500");
        write("adam", HttpMethod.PUT, base + "/billing-profile", Map.of("companyName", customer.get("companyName"),
                "registrationId", customer.get("registrationId"), "primaryContact", customer.get("primaryContact"),
                "address", address), null);
        return id;
    }

    /** Added by a provider for its reseller, idempotently, without the default GDAP, with a warning (a web domain in its name); rejected. */
    private String rejectedCustomerOfAReseller(String idempotencyKey) {
        var customer = SampleCustomers.contosoBrazil();
        String prefix = "fabrikam" + UUID.randomUUID().toString().substring(0, 6);
        customer.put("companyName", "Fabrikam.com.br Ltda");
        customer.put("domainPrefix", prefix);
        customer.put("associatedResellerId", "P-2100");
        customer.put("defaultGdapConsent", false);
        idempotentBody = customer;
        var added = write("ivan", HttpMethod.POST, "/api/customers", customer, idempotencyKey);
        assertThat((List<?>) added.get("warnings")).as("a web domain in the company name warns").isNotEmpty();
        String id = (String) added.get("customerId");
        owners.put(id, "ivan");
        write("vera", HttpMethod.POST, "/api/customers/" + id + "/verification/rejection", Map.of("reason", "Address not found"), null);
        return id;
    }

    private Map<?, ?> write(String user, HttpMethod method, String path, Object body, String idempotencyKey) {
        var request = ApiClient.as(user, port).method(method).uri(path)
                .headers(headers -> {
                    if (idempotencyKey != null) {
                        headers.set("Idempotency-Key", idempotencyKey);
                    }
                });
        var exchange = body == null ? request.exchange() : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
        return exchange.expectStatus().is2xxSuccessful().expectBody(Map.class).returnResult().getResponseBody();
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
