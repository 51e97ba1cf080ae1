package io.partnerportal.onboarding.standalone;

import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A relationship request is the requester's record, not the customer's: asking, however often, neither
 * moves the customer's version nor shows in its owner's history, and the requester learns nothing about
 * whether the customer exists.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IsolatedStores.class)
@DisplayName("Relationship requests")
class RelationshipRequestsTest {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("never burden the customer: its version, history and If-Match stay as its owner left them")
    void neverBurdenTheCustomer() {
        var customer = SampleCustomers.contosoBrazil();
        Map<?, ?> added = ApiClient.as("gina", port).post().uri("/api/customers").bodyValue(customer).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String id = (String) added.get("customerId");
        long version = ((Number) added.get("version")).longValue();

        for (int i = 0; i < 5; i++) {
            request("rita", Map.of("domainPrefix", customer.get("domainPrefix")));
            request("ivan", Map.of("customerId", id));
        }

        assertThat(versionOf(id, version)).isEqualTo(version);
        Map<?, ?> history = ApiClient.as("gina", port).get().uri("/api/customers/{id}/history", id).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<?>) history.get("items")).as("the owner's history").hasSize((int) version);
        ApiClient.as("gina", port).post().uri("/api/customers/{id}/mca-acceptance", id)
                .header("If-Match", "\"" + version + "\"").bodyValue(Map.of("acceptedBy", Map.of("firstName", "Bruno",
                        "lastName", "Lima", "email", "bruno.lima@contoso.com.br"), "dateAccepted", "2026-11-30"))
                .exchange().expectStatus().isOk();
    }

    @Test
    @DisplayName("are one per requester and customer: a repeat, by prefix or by id, answers the pending request")
    void repeatAnswersThePendingRequest() {
        var customer = SampleCustomers.contosoBrazil();
        String id = Backends.addCustomer(port, customer);

        var first = ApiClient.as("rita", port).post().uri("/api/relationship-requests")
                .bodyValue(Map.of("domainPrefix", customer.get("domainPrefix"))).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult();
        String requestId = (String) first.getResponseBody().get("requestId");
        assertThat(first.getResponseHeaders().getLocation()).hasToString("/api/relationship-requests/" + requestId);

        ApiClient.as("rita", port).post().uri("/api/relationship-requests").bodyValue(Map.of("customerId", id)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.requestId").isEqualTo(requestId);
        ApiClient.as("rita", port).post().uri("/api/relationship-requests")
                .bodyValue(Map.of("domainPrefix", ((String) customer.get("domainPrefix")).toUpperCase())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.requestId").isEqualTo(requestId)
                .jsonPath("$.invitationUrl").isEqualTo(first.getResponseBody().get("invitationUrl"));
    }

    @Test
    @DisplayName("answer a customer that exists and one that does not alike, never with its internal id")
    void sameAnswerForUnknownCustomers() {
        var customer = SampleCustomers.contosoBrazil();
        Backends.addCustomer(port, customer);

        Map<?, ?> known = request("rita", Map.of("domainPrefix", customer.get("domainPrefix")));
        Map<?, ?> unknown = request("rita", Map.of("domainPrefix", "nobody" + UUID.randomUUID().toString().substring(0, 8)));

        assertThat(known.keySet().stream().map(String::valueOf)).containsExactlyInAnyOrder("requestId", "status", "invitationUrl");
        assertThat(unknown.keySet()).isEqualTo(known.keySet());
        assertThat(unknown.get("status")).isEqualTo(known.get("status"));
    }

    @Test
    @DisplayName("are seen by their requester and platform staff only; staff also see the customer found")
    void seenByRequesterAndStaff() {
        var customer = SampleCustomers.contosoBrazil();
        String id = Backends.addCustomer(port, customer);
        String requestId = (String) request("rita", Map.of("domainPrefix", customer.get("domainPrefix"))).get("requestId");

        Map<?, ?> mine = await("rita", requestId);
        assertThat(mine.get("requesterPartnerId")).isEqualTo("P-2100");
        assertThat(mine.get("foundCustomerId")).isNull();
        assertThat(((Map<?, ?>) mine.get("customer")).get("domainPrefix")).isEqualTo(customer.get("domainPrefix"));
        assertThat(await("vera", requestId).get("foundCustomerId")).isEqualTo(id);

        ApiClient.as("gina", port).get().uri("/api/relationship-requests/{id}", requestId).exchange().expectStatus().isNotFound();
        Map<?, ?> ginas = ApiClient.as("gina", port).get().uri("/api/relationship-requests?size=100").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<?>) ginas.get("items")).noneMatch(item -> requestId.equals(((Map<?, ?>) item).get("requestId")));
        Map<?, ?> ritas = ApiClient.as("rita", port).get().uri("/api/relationship-requests?size=100").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<?>) ritas.get("items")).anyMatch(item -> requestId.equals(((Map<?, ?>) item).get("requestId")));
        ApiClient.as("opal", port).get().uri("/api/relationship-requests").exchange().expectStatus().isForbidden();
    }

    @Test
    @DisplayName("show platform staff a customer named by id as found only when a customer has that id")
    void foundOnlyWhenTheCustomerExists() {
        String id = Backends.addCustomer(port, SampleCustomers.contosoBrazil());
        String known = (String) request("rita", Map.of("customerId", id)).get("requestId");
        String unknown = (String) request("rita", Map.of("customerId", UUID.randomUUID().toString())).get("requestId");

        assertThat(await("vera", known).get("foundCustomerId")).isEqualTo(id);
        assertThat(await("vera", unknown).get("foundCustomerId")).isNull();
        assertThat(((Map<?, ?>) await("vera", unknown).get("customer")).get("customerId")).as("as named").isNotNull();
    }

    @Test
    @DisplayName("name exactly one customer, by id or by domain prefix")
    void nameExactlyOneCustomer() {
        ApiClient.as("rita", port).post().uri("/api/relationship-requests").bodyValue(Map.of()).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].code").isEqualTo("ONE_OF_REQUIRED");
        ApiClient.as("rita", port).post().uri("/api/relationship-requests")
                .bodyValue(Map.of("domainPrefix", "contoso\u0000")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("domainPrefix").jsonPath("$.errors[0].code").isEqualTo("CONTROL_CHARACTER");
        ApiClient.as("vera", port).post().uri("/api/relationship-requests").bodyValue(Map.of("customerId", "c-1")).exchange()
                .expectStatus().isForbidden();
    }

    private Map<?, ?> request(String user, Map<String, Object> body) {
        var result = ApiClient.as(user, port).post().uri("/api/relationship-requests").bodyValue(body).exchange()
                .expectBody(Map.class).returnResult();
        assertThat(result.getStatus().value()).isIn(200, 201);
        return result.getResponseBody();
    }

    private long versionOf(String id, long atLeast) {
        Map<?, ?> view = ApiClient.as("gina", port).get().uri("/api/customers/{id}?minVersion={v}", id, atLeast).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return ((Number) view.get("version")).longValue();
    }

    private Map<?, ?> await(String user, String requestId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            var result = ApiClient.as(user, port).get().uri("/api/relationship-requests/{id}", requestId).exchange()
                    .expectBody(Map.class).returnResult();
            if (result.getStatus().is2xxSuccessful()) {
                return result.getResponseBody();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the relationship request " + requestId + " did not reach the read side");
    }
}
