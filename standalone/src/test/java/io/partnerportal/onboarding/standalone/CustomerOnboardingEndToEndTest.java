package io.partnerportal.onboarding.standalone;

import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IsolatedStores.class)
@DisplayName("The standalone backend, end to end over HTTP")
class CustomerOnboardingEndToEndTest {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("a customer added through the write API is read back from the read model at its version")
    void addThenRead() {
        Map<String, Object> request = SampleCustomers.contosoBrazil();
        var added = ApiClient.as("gina", port).post().uri("/api/customers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(request).exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult();
        var body = added.getResponseBody();
        String location = added.getResponseHeaders().getLocation().toString();

        ApiClient.as("adam", port).get().uri(location + "?minVersion={v}", body.get("version")).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"" + body.get("version") + "\"")
                .expectBody()
                .jsonPath("$.customerId").isEqualTo(body.get("customerId"))
                .jsonPath("$.partnerId").isEqualTo("P-1000")
                .jsonPath("$.domainPrefix").isEqualTo(request.get("domainPrefix"))
                .jsonPath("$.registrationId").isEqualTo(request.get("registrationId"))
                .jsonPath("$.primaryContact.email").isEqualTo("ana.souza@contoso.com.br")
                .jsonPath("$.address.postalCode").isEqualTo("01310-100")
                .jsonPath("$.defaultGdapConsent").isEqualTo(true)
                .jsonPath("$.verificationStatus").isEqualTo("PENDING");

        ApiClient.as("ivan", port).get().uri(location).exchange().expectStatus().isNotFound();
    }

    @Test
    @DisplayName("the Location of a GDAP grant and of a purchase reads back what was created")
    void locationsOfCreatedThingsRead() {
        String id = Backends.addCustomer(port);
        ApiClient.as("vera", port).post().uri("/api/customers/{id}/verification/approval", id).exchange().expectStatus().isOk();
        ApiClient.as("sara", port).post().uri("/api/customers/{id}/mca-acceptance", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("acceptedBy", Map.of("firstName", "Bruno", "lastName", "Lima", "email", "bruno.lima@contoso.com.br"),
                        "dateAccepted", java.time.LocalDate.now().minusDays(1).toString())).exchange().expectStatus().isOk();

        var granted = ApiClient.as("adam", port).post().uri("/api/customers/{id}/gdap-relationships", id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("displayName", "Desk", "durationDays", 90,
                        "roles", List.of("HELPDESK_ADMINISTRATOR"))).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult();
        ApiClient.as("gina", port).get().uri(granted.getResponseHeaders().getLocation() + "?minVersion={v}",
                        granted.getResponseBody().get("version")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.relationshipId").isEqualTo(granted.getResponseBody().get("relationshipId"))
                .jsonPath("$.roles[0]").isEqualTo("HELPDESK_ADMINISTRATOR");

        var bought = ApiClient.as("sara", port).post().uri("/api/customers/{id}/subscriptions", id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("offerId", "CFQ7TTC0LH18", "quantity", 3)).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult();
        ApiClient.as("sara", port).get().uri(bought.getResponseHeaders().getLocation() + "?minVersion={v}",
                        bought.getResponseBody().get("version")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.subscriptionId").isEqualTo(bought.getResponseBody().get("subscriptionId"))
                .jsonPath("$.quantity").isEqualTo(3);
        ApiClient.as("ivan", port).get().uri(bought.getResponseHeaders().getLocation().toString()).exchange().expectStatus().isNotFound();
        ApiClient.as("sara", port).get().uri("/api/customers/{id}/subscriptions/no-such-one", id).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("SUBSCRIPTION_NOT_FOUND");
    }

    @Test
    @DisplayName("GDAP roles, however they were named, are answered and published with their Entra ids and display names")
    void gdapRolesCarryTheirEntraDefinitions() throws InterruptedException {
        String id = Backends.addCustomer(port);
        var granted = ApiClient.as("adam", port).post().uri("/api/customers/{id}/gdap-relationships", id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("displayName", "Desk", "durationDays", 90,
                        "roles", List.of("729827e3-9c14-49f7-bb1b-9608f156bbb8", "User Administrator"),
                        "securityGroups", List.of(Map.of("groupId", "sg-1", "roles", List.of("Helpdesk Administrator")))))
                .exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult();

        ApiClient.as("gina", port).get().uri(granted.getResponseHeaders().getLocation() + "?minVersion={v}",
                        granted.getResponseBody().get("version")).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.roles").isEqualTo(List.of("HELPDESK_ADMINISTRATOR", "USER_ADMINISTRATOR"))
                .jsonPath("$.unifiedRoles[0].roleDefinitionId").isEqualTo("729827e3-9c14-49f7-bb1b-9608f156bbb8")
                .jsonPath("$.unifiedRoles[0].displayName").isEqualTo("Helpdesk Administrator")
                .jsonPath("$.unifiedRoles[1].roleDefinitionId").isEqualTo("fe930be7-5e62-47db-91af-98c3a49a38b1")
                .jsonPath("$.unifiedRoles[1].displayName").isEqualTo("User Administrator")
                .jsonPath("$.securityGroups[0].unifiedRoles[0].displayName").isEqualTo("Helpdesk Administrator");

        String feed = "/api/events?subject=" + id + "&type=partner.customer.gdap.granted.v1";
        var entries = ApiClient.as("otto", port).get().uri(feed).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        for (var deadline = Instant.now().plusSeconds(30);
             ((List<?>) entries.get("items")).isEmpty() && Instant.now().isBefore(deadline); ) {
            Thread.sleep(100);
            entries = ApiClient.as("otto", port).get().uri(feed).exchange().expectStatus().isOk()
                    .expectBody(Map.class).returnResult().getResponseBody();
        }
        var relationship = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) ((List<?>) entries.get("items")).getFirst())
                .get("data")).get("relationship");
        assertThat(relationship.get("unifiedRoles")).isEqualTo(List.of(
                Map.of("roleDefinitionId", "729827e3-9c14-49f7-bb1b-9608f156bbb8", "displayName", "Helpdesk Administrator"),
                Map.of("roleDefinitionId", "fe930be7-5e62-47db-91af-98c3a49a38b1", "displayName", "User Administrator")));
    }

    @Nested
    @DisplayName("operations")
    class Operations {

        @Test
        @DisplayName("health needs no credentials and includes the event store and the read-model store")
        void healthShowsStores() {
            ApiClient.anonymous(port).get().uri("/actuator/health").exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.status").isEqualTo("UP")
                    .jsonPath("$.components.db.status").isEqualTo("UP")
                    .jsonPath("$.components.readModels.status").isEqualTo("UP");
        }

        @Test
        @DisplayName("Prometheus metrics are for operators, and count projected events")
        void prometheusForOperators() {
            ApiClient.anonymous(port).get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
            ApiClient.as("gina", port).get().uri("/actuator/prometheus").exchange().expectStatus().isForbidden();
            String metrics = ApiClient.as("opal", port).get().uri("/actuator/prometheus").exchange()
                    .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

            assertThat(metrics).contains("onboarding_projection_events_total").contains("jvm_memory_used_bytes");
        }

        @Test
        @DisplayName("the OpenAPI document is public and describes the customer endpoints, without the caller")
        void openApi() {
            String api = ApiClient.anonymous(port).get().uri("/v3/api-docs").exchange()
                    .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

            assertThat(api).contains("\"/api/customers\"").contains("\"/api/customers/{customerId}\"")
                    .doesNotContain("\"name\":\"caller\"");
        }

        @Test
        @DisplayName("an unknown path answers 404 problem+json")
        void unknownPath() {
            ApiClient.as("gina", port).get().uri("/api/nothing-here").exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType("application/problem+json");
        }
    }
}
