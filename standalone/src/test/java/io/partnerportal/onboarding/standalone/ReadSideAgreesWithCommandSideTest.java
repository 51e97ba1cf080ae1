package io.partnerportal.onboarding.standalone;

import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read side and the command side, through HTTP on the real stores: what the read side says a
 * partner may do is what the command side then lets it do, at every step of a customer's life. The
 * command side snapshots a customer every two events here, so every step also proves that a customer
 * loaded from a snapshot decides, and reads back, as one folded from all its events (ADR 11).
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "onboarding.snapshots.every=2")
@ContextConfiguration(initializers = IsolatedStores.class)
@DisplayName("Reads of a customer")
class ReadSideAgreesWithCommandSideTest {

    @LocalServerPort
    int port;

    private WebTestClient.ResponseSpec call(String user, HttpMethod method, String path, Object body) {
        var request = ApiClient.as(user, port).method(method).uri(path);
        return body == null ? request.exchange() : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private Map<?, ?> write(String user, HttpMethod method, String path, Object body) {
        return call(user, method, path, body).expectStatus().is2xxSuccessful().expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    private String add(String user, Map<String, Object> body) {
        return (String) write(user, HttpMethod.POST, "/api/customers", body).get("customerId");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> eligibility(String id, Object version) {
        return (Map<String, Object>) ApiClient.as("gina", port).get().uri("/api/customers/{id}/purchase-eligibility?minVersion={v}", id, version)
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    /** Tries a purchase; answers the blocked reasons the command side gave, or an empty list when it went through. */
    private List<?> tryPurchase(String id) {
        var result = call("sara", HttpMethod.POST, "/api/customers/" + id + "/subscriptions",
                Map.of("offerId", "CFQ7TTC0LH18", "quantity", 2)).expectBody(Map.class).returnResult();
        return result.getStatus().value() == 201 ? List.of() : (List<?>) result.getResponseBody().get("blockedReasons");
    }

    private static Map<String, Object> billingOf(Map<String, Object> customer, String newAddressLine) {
        @SuppressWarnings("unchecked")
        var address = new java.util.HashMap<>((Map<String, Object>) customer.get("address"));
        address.put("addressLine1", newAddressLine);
        return Map.of("companyName", customer.get("companyName"), "registrationId", customer.get("registrationId"),
                "primaryContact", customer.get("primaryContact"), "address", address);
    }

    @Test
    @DisplayName("purchase eligibility agrees with what the command side does, at every step of the lifecycle")
    void eligibilityMatchesEnforcement() {
        var customer = SampleCustomers.contosoBrazil();
        String id = add("gina", customer);
        String base = "/api/customers/" + id;

        var pending = eligibility(id, 2);
        assertThat(pending).containsEntry("customerId", id).containsEntry("canPurchase", false);
        assertThat(pending.get("blockedReasons")).isEqualTo(List.of("VERIFICATION_PENDING", "MCA_NOT_CONFIRMED"));
        assertThat(tryPurchase(id)).isEqualTo(pending.get("blockedReasons"));

        var approved = write("vera", HttpMethod.POST, base + "/verification/approval", null);
        var withoutMca = eligibility(id, approved.get("version"));
        assertThat(withoutMca.get("blockedReasons")).isEqualTo(List.of("MCA_NOT_CONFIRMED"));
        assertThat(tryPurchase(id)).isEqualTo(withoutMca.get("blockedReasons"));

        write("sara", HttpMethod.POST, base + "/mca-acceptance", Map.of("acceptedBy", Map.of("firstName", "Bruno",
                "lastName", "Lima", "email", "bruno.lima@contoso.com.br"), "dateAccepted", LocalDate.now().minusDays(1).toString()));
        var bought = write("sara", HttpMethod.POST, base + "/subscriptions", Map.of("offerId", "CFQ7TTC0LH18", "quantity", 2));
        var open = eligibility(id, bought.get("version"));
        assertThat(open).containsEntry("canPurchase", true).containsEntry("canManageSubscriptions", true)
                .containsEntry("canCancel", true).containsEntry("canRenew", true).containsEntry("blockedReasons", List.of());
        String subscription = base + "/subscriptions/" + bought.get("subscriptionId");
        var patched = write("sara", HttpMethod.PATCH, subscription, Map.of("quantity", 3));
        ApiClient.as("gina", port).get().uri(base + "?minVersion={v}", patched.get("version")).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.mcaConfirmed").isEqualTo(true)
                .jsonPath("$.mcaAcceptance.acceptedBy.email").isEqualTo("bruno.lima@contoso.com.br")
                .jsonPath("$.mcaAcceptance.dateAccepted").isEqualTo(LocalDate.now().minusDays(1).toString())
                .jsonPath("$.gdapRelationships[0].displayName").isEqualTo("Default relationship")
                .jsonPath("$.subscriptions[0].subscriptionId").isEqualTo(bought.get("subscriptionId"))
                .jsonPath("$.subscriptions[0].quantity").isEqualTo(3)
                .jsonPath("$.subscriptions[0].active").isEqualTo(true);

        var changed = write("adam", HttpMethod.PUT, base + "/billing-profile", billingOf(customer, "Rua Augusta 500"));
        var reverifying = eligibility(id, changed.get("version"));
        assertThat(reverifying).containsEntry("canPurchase", false).containsEntry("canManageSubscriptions", false)
                .containsEntry("canCancel", false).containsEntry("canRenew", true)
                .containsEntry("blockedReasons", List.of("VERIFICATION_PENDING"));
        assertThat(tryPurchase(id)).isEqualTo(reverifying.get("blockedReasons"));
        call("sara", HttpMethod.PATCH, subscription, Map.of("quantity", 4)).expectStatus().isEqualTo(409);
        call("sara", HttpMethod.DELETE, subscription, null).expectStatus().isEqualTo(409);
        call("sara", HttpMethod.POST, subscription + "/renewal", null).expectStatus().isOk();

        var rejected = write("vera", HttpMethod.POST, base + "/verification/rejection", Map.of("reason", "Unknown address"));
        var refused = eligibility(id, rejected.get("version"));
        assertThat(refused.get("blockedReasons")).isEqualTo(List.of("VERIFICATION_REJECTED"));
        assertThat(tryPurchase(id)).isEqualTo(refused.get("blockedReasons"));
    }

    @Nested
    @DisplayName("history")
    class History {

        @Test
        @DisplayName("lists every event in order with who did it, and the view can be read as it stood at an instant")
        void historyAndAsOf() throws InterruptedException {
            String id = add("gina", SampleCustomers.contosoBrazil());
            Thread.sleep(20);
            Instant beforeApproval = Instant.now();
            Thread.sleep(20);
            var approved = write("vera", HttpMethod.POST, "/api/customers/" + id + "/verification/approval", null);

            ApiClient.as("otto", port).get().uri("/api/customers/{id}/history", id).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.items[*].type").isEqualTo(List.of("CustomerAdded", "DefaultGdapCreated", "VerificationApproved"))
                    .jsonPath("$.items[*].sequence").isEqualTo(List.of(0, 1, 2))
                    .jsonPath("$.items[0].actor").isEqualTo("gina")
                    .jsonPath("$.items[0].partnerId").isEqualTo("P-1000")
                    .jsonPath("$.items[2].actor").isEqualTo("vera")
                    .jsonPath("$.items[2].role").isEqualTo("VERIFICATION_OFFICER")
                    .jsonPath("$.items[0].correlationId").isNotEmpty()
                    .jsonPath("$.items[0].payload.billingProfile.companyName").isEqualTo("Contoso Comércio de Software Ltda");

            ApiClient.as("gina", port).get().uri("/api/customers/{id}?minVersion={v}", id, approved.get("version"))
                    .exchange().expectBody().jsonPath("$.verificationStatus").isEqualTo("APPROVED");
            ApiClient.as("gina", port).get().uri("/api/customers/{id}?asOf={at}", id, beforeApproval).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.verificationStatus").isEqualTo("PENDING").jsonPath("$.version").isEqualTo(2);
            ApiClient.as("gina", port).get().uri("/api/customers/{id}?asOf={at}", id, "2020-01-01T00:00:00Z").exchange()
                    .expectStatus().isNotFound();
        }

        @Test
        @DisplayName("of another partner's customer is a 404")
        void otherPartnerNotFound() {
            String id = add("gina", SampleCustomers.contosoBrazil());

            ApiClient.as("ivan", port).get().uri("/api/customers/{id}/history", id).exchange().expectStatus().isNotFound();
        }
    }

    @Nested
    @DisplayName("the customer list")
    class CustomerList {

        @Test
        @DisplayName("shows a partner its own customers and a reseller those associated with it, filtered and paged")
        void tenantFilteredPages() {
            var mine = SampleCustomers.contosoBrazil();
            mine.put("companyName", "Zeta Listagem Ltda " + mine.get("domainPrefix"));
            String gina = add("gina", mine);
            var forReseller = SampleCustomers.contosoBrazil();
            forReseller.put("associatedResellerId", "P-2100");
            String ivan = add("ivan", forReseller);
            ApiClient.as("gina", port).get().uri("/api/customers/{id}?minVersion=2", gina).exchange().expectStatus().isOk();
            ApiClient.as("ivan", port).get().uri("/api/customers/{id}?minVersion=2", ivan).exchange().expectStatus().isOk();

            // Each looked for by its own prefix: the store holds the whole suite's customers, more than a page.
            String minePrefix = "&q=" + mine.get("domainPrefix");
            String resellersPrefix = "&q=" + forReseller.get("domainPrefix");
            assertThat(ids("gina", minePrefix)).containsExactly(gina);
            assertThat(ids("gina", resellersPrefix)).isEmpty();
            assertThat(ids("ivan", resellersPrefix)).containsExactly(ivan);
            assertThat(ids("ivan", minePrefix)).isEmpty();
            assertThat(ids("rita", resellersPrefix)).containsExactly(ivan);
            assertThat(ids("rita", minePrefix)).isEmpty();
            assertThat(ids("vera", minePrefix)).containsExactly(gina);
            assertThat(ids("vera", resellersPrefix)).containsExactly(ivan);
            assertThat(ids("gina", "&q=" + mine.get("domainPrefix"))).containsExactly(gina);
            assertThat(ids("gina", "&status=APPROVED")).doesNotContain(gina);
            assertThat(ids("gina", "&country=IT")).isEmpty();

            ApiClient.as("vera", port).get().uri("/api/customers?page=0&size=1").exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.items.length()").isEqualTo(1).jsonPath("$.size").isEqualTo(1)
                    .jsonPath("$.total").value(total -> assertThat(((Number) total).intValue()).isGreaterThanOrEqualTo(2));
        }

        @Test
        @DisplayName("refuses an unknown status and a malformed country, naming each")
        void badFilters() {
            ApiClient.as("gina", port).get().uri("/api/customers?status=HAPPY&country=brazil").exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[*].field").isEqualTo(List.of("status", "country"));
        }

        private List<Object> ids(String user, String query) {
            Map<?, ?> page = ApiClient.as(user, port).get().uri("/api/customers?size=100" + query).exchange()
                    .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
            return ((List<?>) page.get("items")).stream().map(item -> (Object) ((Map<?, ?>) item).get("customerId")).toList();
        }
    }
}
