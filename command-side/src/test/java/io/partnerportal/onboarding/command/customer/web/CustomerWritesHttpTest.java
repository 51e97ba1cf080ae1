package io.partnerportal.onboarding.command.customer.web;

import io.partnerportal.onboarding.kernel.customer.gdap.DirectoryRole;
import io.partnerportal.onboarding.kernel.customer.gdap.UnifiedRole;
import io.partnerportal.onboarding.command.CommandSideApplication;
import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** Every write endpoint of the contract, over HTTP on the real event store. */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IsolatedStores.class)
@DisplayName("The write API")
class CustomerWritesHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    private WebTestClient.ResponseSpec call(String user, HttpMethod method, String path, Object body,
                                            String... headers) {
        return new Writes(port, eventStore).call(user, method, path, body, headers);
    }

    private String addCustomer() {
        return new Writes(port, eventStore).addCustomer();
    }

    private long eventCount(String customerId) {
        return new Writes(port, eventStore).eventCount(customerId);
    }

    private static Map<String, Object> mca() {
        return Map.of("acceptedBy", Map.of("firstName", "Bruno", "lastName", "Lima", "email", "bruno.lima@contoso.com.br"),
                "dateAccepted", LocalDate.now().minusDays(1).toString());
    }

    /** A customer that may buy: approved, with the MCA confirmed. */
    private String purchasableCustomer() {
        String id = addCustomer();
        call("vera", HttpMethod.POST, "/api/customers/" + id + "/verification/approval", null).expectStatus().isOk();
        call("sara", HttpMethod.POST, "/api/customers/" + id + "/mca-acceptance", mca()).expectStatus().isOk();
        return id;
    }

    @Nested
    @DisplayName("the customer's lifecycle")
    class Lifecycle {

        @Test
        @DisplayName("verification, MCA, GDAP, cost management and subscriptions answer as the contract says")
        void wholeLifecycle() {
            String id = addCustomer();
            String base = "/api/customers/" + id;

            call("sara", HttpMethod.POST, base + "/subscriptions", Map.of("offerId", "CFQ7TTC0LH18", "quantity", 5))
                    .expectStatus().isEqualTo(409)
                    .expectBody().jsonPath("$.code").isEqualTo("PURCHASE_BLOCKED")
                    .jsonPath("$.blockedReasons").value(reasons -> assertThat((List<String>) reasons)
                            .containsExactly("VERIFICATION_PENDING", "MCA_NOT_CONFIRMED"));

            call("vera", HttpMethod.POST, base + "/verification/approval", null).expectStatus().isOk()
                    .expectBody().jsonPath("$.verificationStatus").isEqualTo("APPROVED").jsonPath("$.version").isEqualTo(3);
            call("sara", HttpMethod.POST, base + "/mca-acceptance", mca()).expectStatus().isOk()
                    .expectHeader().valueEquals("ETag", "\"4\"")
                    .expectBody().jsonPath("$.customerId").isEqualTo(id).jsonPath("$.version").isEqualTo(4);
            call("adam", HttpMethod.PUT, base + "/cost-management", Map.of("enabled", true)).expectStatus().isOk()
                    .expectBody().jsonPath("$.version").isEqualTo(5);
            call("adam", HttpMethod.POST, base + "/gdap-relationships", Map.of("displayName", "Helpdesk",
                    "durationDays", 365, "roles", List.of("HELPDESK_ADMINISTRATOR"), "autoExtend", true,
                    "securityGroups", List.of(Map.of("groupId", "sg-1", "roles", List.of("HELPDESK_ADMINISTRATOR")))))
                    .expectStatus().isCreated()
                    .expectBody().jsonPath("$.relationshipId").isNotEmpty().jsonPath("$.version").isEqualTo(6);

            Map<?, ?> bought = call("sara", HttpMethod.POST, base + "/subscriptions",
                    Map.of("offerId", "CFQ7TTC0LH18", "quantity", 5))
                    .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
            String subscription = base + "/subscriptions/" + bought.get("subscriptionId");
            call("sara", HttpMethod.PATCH, subscription, Map.of("quantity", 8)).expectStatus().isOk();

            var moved = SampleCustomers.contosoBrazil();
            ((Map<String, Object>) moved.get("address")).put("addressLine1", "Rua Augusta 500");
            call("adam", HttpMethod.PUT, base + "/billing-profile", Map.of("companyName", moved.get("companyName"),
                    "registrationId", moved.get("registrationId"), "primaryContact", moved.get("primaryContact"),
                    "address", moved.get("address")))
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.verificationStatus").isEqualTo("PENDING");

            call("sara", HttpMethod.PATCH, subscription, Map.of("quantity", 9)).expectStatus().isEqualTo(409)
                    .expectBody().jsonPath("$.code").isEqualTo("OPERATION_BLOCKED");
            call("sara", HttpMethod.DELETE, subscription, null).expectStatus().isEqualTo(409);
            call("sara", HttpMethod.POST, subscription + "/renewal", null).expectStatus().isOk();
            call("vera", HttpMethod.POST, base + "/verification/rejection", Map.of("reason", "Address not found"))
                    .expectStatus().isOk().expectBody().jsonPath("$.verificationStatus").isEqualTo("REJECTED");
        }
    }

    @Nested
    @DisplayName("uniqueness")
    class Uniqueness {

        @Test
        @DisplayName("a second customer with the same domain prefix is 409, pointing to a relationship request")
        void duplicatePrefix() {
            var first = SampleCustomers.contosoBrazil();
            call("gina", HttpMethod.POST, "/api/customers", first).expectStatus().isCreated();
            var second = SampleCustomers.contosoBrazil();
            second.put("domainPrefix", first.get("domainPrefix"));

            call("ivan", HttpMethod.POST, "/api/customers", second).expectStatus().isEqualTo(409)
                    .expectBody()
                    .jsonPath("$.code").isEqualTo("CUSTOMER_ALREADY_EXISTS")
                    .jsonPath("$.relationshipRequestUrl").isEqualTo("/api/relationship-requests");
        }

        @Test
        @DisplayName("a second customer with the same registration id in the same country is 409, however it is spelled")
        void duplicateRegistrationId() {
            var first = SampleCustomers.contosoBrazil();
            call("gina", HttpMethod.POST, "/api/customers", first).expectStatus().isCreated();
            var second = SampleCustomers.contosoBrazil();
            second.put("registrationId", ((String) first.get("registrationId")).replaceAll("[^0-9]", ""));

            call("gina", HttpMethod.POST, "/api/customers", second).expectStatus().isEqualTo(409)
                    .expectBody().jsonPath("$.code").isEqualTo("CUSTOMER_ALREADY_EXISTS");
        }

        @Test
        @DisplayName("of two racing requests for one domain prefix, exactly one wins")
        void raceHasOneWinner() throws Exception {
            String prefix = (String) SampleCustomers.contosoBrazil().get("domainPrefix");
            var start = new CountDownLatch(1);
            var statuses = new ArrayList<CompletableFuture<Integer>>();
            for (int i = 0; i < 2; i++) {
                var body = SampleCustomers.contosoBrazil();
                body.put("domainPrefix", prefix);
                statuses.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return call("gina", HttpMethod.POST, "/api/customers", body).returnResult(String.class)
                            .getStatus().value();
                }));
            }
            start.countDown();

            assertThat(statuses.stream().map(CompletableFuture::join).toList()).containsExactlyInAnyOrder(201, 409);
        }

        @Test
        @DisplayName("the partner who met a duplicate requests a relationship by domain prefix")
        void relationshipRequestByPrefix() {
            var existing = SampleCustomers.contosoBrazil();
            call("gina", HttpMethod.POST, "/api/customers", existing).expectStatus().isCreated();

            call("rita", HttpMethod.POST, "/api/relationship-requests", Map.of("domainPrefix", existing.get("domainPrefix")))
                    .expectStatus().isCreated()
                    .expectHeader().value("Location", location -> assertThat(location).startsWith("/api/relationship-requests/"))
                    .expectBody()
                    .jsonPath("$.requestId").isNotEmpty()
                    .jsonPath("$.status").isEqualTo("PENDING")
                    .jsonPath("$.customerId").doesNotExist()
                    .jsonPath("$.invitationUrl").value(url -> assertThat((String) url).contains("P-2100"));
        }
    }

    @Nested
    @DisplayName("conditional and repeated writes")
    class Conditional {

        @Test
        @DisplayName("If-Match with a stale version is 412 and changes nothing")
        void staleIfMatch() {
            String id = addCustomer();
            call("sara", HttpMethod.POST, "/api/customers/" + id + "/mca-acceptance", mca(), "If-Match", "\"2\"")
                    .expectStatus().isOk();

            call("sara", HttpMethod.POST, "/api/customers/" + id + "/mca-acceptance",
                    Map.of("acceptedBy", Map.of("firstName", "Ana", "lastName", "Souza", "email", "ana@contoso.com.br"),
                            "dateAccepted", LocalDate.now().minusDays(1).toString()), "If-Match", "\"2\"")
                    .expectStatus().isEqualTo(412)
                    .expectBody().jsonPath("$.code").isEqualTo("VERSION_MISMATCH");
            assertThat(eventCount(id)).isEqualTo(3);
        }

        @Test
        @DisplayName("If-Match tells another partner nothing: its write is 404 whatever version it names, never 412")
        void ifMatchDoesNotLeakExistence() {
            String id = addCustomer();
            for (String version : List.of("\"1\"", "\"2\"", "\"99\"")) {
                call("ivan", HttpMethod.POST, "/api/customers/" + id + "/mca-acceptance", mca(), "If-Match", version)
                        .expectStatus().isNotFound()
                        .expectBody().jsonPath("$.code").isEqualTo("CUSTOMER_NOT_FOUND");
            }
            assertThat(eventCount(id)).isEqualTo(2);
        }

        @Test
        @DisplayName("a retry with the same Idempotency-Key returns the first answer and appends nothing")
        void idempotentRetry() {
            var body = SampleCustomers.contosoBrazil();
            Map<?, ?> first = call("gina", HttpMethod.POST, "/api/customers", body, "Idempotency-Key", "add-contoso-" + body.get("domainPrefix"))
                    .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
            Map<?, ?> retry = call("gina", HttpMethod.POST, "/api/customers", body, "Idempotency-Key", "add-contoso-" + body.get("domainPrefix"))
                    .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();

            assertThat(retry).isEqualTo(first);
            assertThat(eventCount((String) first.get("customerId"))).isEqualTo(2);
        }

        @Test
        @DisplayName("the same Idempotency-Key with a different body is 422")
        void keyReusedWithOtherBody() {
            String id = purchasableCustomer();
            call("sara", HttpMethod.POST, "/api/customers/" + id + "/subscriptions",
                    Map.of("offerId", "CFQ7TTC0LH18", "quantity", 5), "Idempotency-Key", "buy-" + id).expectStatus().isCreated();

            call("sara", HttpMethod.POST, "/api/customers/" + id + "/subscriptions",
                    Map.of("offerId", "CFQ7TTC0LH18", "quantity", 50), "Idempotency-Key", "buy-" + id)
                    .expectStatus().isEqualTo(422)
                    .expectBody().jsonPath("$.code").isEqualTo("IDEMPOTENCY_KEY_REUSED");
        }

        @Test
        @DisplayName("a relationship request honours Idempotency-Key: the retry gets the first 201, another body 422, "
                + "a malformed key 400")
        void relationshipRequestIdempotency() {
            var existing = SampleCustomers.contosoBrazil();
            call("gina", HttpMethod.POST, "/api/customers", existing).expectStatus().isCreated();
            var body = Map.of("domainPrefix", existing.get("domainPrefix"));
            String key = "ask-" + existing.get("domainPrefix");

            Map<?, ?> first = call("rita", HttpMethod.POST, "/api/relationship-requests", body, "Idempotency-Key", key)
                    .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
            Map<?, ?> retry = call("rita", HttpMethod.POST, "/api/relationship-requests", body, "Idempotency-Key", key)
                    .expectStatus().isCreated()
                    .expectHeader().valueEquals("Location", "/api/relationship-requests/" + first.get("requestId"))
                    .expectBody(Map.class).returnResult().getResponseBody();
            assertThat(retry).isEqualTo(first);
            call("rita", HttpMethod.POST, "/api/relationship-requests", body)
                    .expectStatus().isOk().expectBody().jsonPath("$.requestId").isEqualTo(first.get("requestId"));

            call("rita", HttpMethod.POST, "/api/relationship-requests", Map.of("domainPrefix", "elsewhere"),
                    "Idempotency-Key", key)
                    .expectStatus().isEqualTo(422)
                    .expectBody().jsonPath("$.code").isEqualTo("IDEMPOTENCY_KEY_REUSED");
            call("rita", HttpMethod.POST, "/api/relationship-requests", body, "Idempotency-Key", "two words")
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("Idempotency-Key")
                    .jsonPath("$.errors[0].code").isEqualTo("IDEMPOTENCY_KEY_FORMAT");
        }
    }

    @Nested
    @DisplayName("who may write")
    class Authorization {

        @Test
        @DisplayName("another partner's staff get 404 on every write to a customer they cannot see")
        void crossTenantIsNotFound() {
            String base = "/api/customers/" + addCustomer();

            call("ivan", HttpMethod.POST, base + "/mca-acceptance", mca()).expectStatus().isNotFound();
            call("ivan", HttpMethod.PUT, base + "/cost-management", Map.of("enabled", false)).expectStatus().isNotFound();
            call("ivan", HttpMethod.POST, base + "/subscriptions", Map.of("offerId", "X", "quantity", 1))
                    .expectStatus().isNotFound();
            call("gina", HttpMethod.POST, "/api/customers/no-such-customer/mca-acceptance", mca())
                    .expectStatus().isNotFound()
                    .expectBody().jsonPath("$.code").isEqualTo("CUSTOMER_NOT_FOUND");
        }

        @Test
        @DisplayName("a partner may not approve its own customer, and an auditor may not reject it")
        void verificationIsForOfficers() {
            String base = "/api/customers/" + addCustomer();

            call("gina", HttpMethod.POST, base + "/verification/approval", null).expectStatus().isForbidden();
            call("otto", HttpMethod.POST, base + "/verification/rejection", Map.of("reason", "no")).expectStatus().isForbidden();
        }

        @Test
        @DisplayName("a sales agent may not grant GDAP")
        void salesAgentCannotGrantGdap() {
            call("sara", HttpMethod.POST, "/api/customers/" + addCustomer() + "/gdap-relationships",
                    Map.of("displayName", "Helpdesk", "roles", List.of("HELPDESK_ADMINISTRATOR")))
                    .expectStatus().isForbidden();
        }

        @Test
        @DisplayName("writes without credentials are 401")
        void unauthenticated() {
            ApiClient.anonymous(port).post().uri("/api/customers/any/verification/approval").exchange()
                    .expectStatus().isUnauthorized();
        }
    }

    @Nested
    @DisplayName("the rules, over HTTP")
    class Rules {

        @Test
        @DisplayName("GDAP roles may be named as Microsoft Graph names them (role-definition ids) or by display name, and "
                + "the event records both, in the order given")
        void gdapRolesByEntraIdOrDisplayName() {
            String id = addCustomer();
            call("adam", HttpMethod.POST, "/api/customers/" + id + "/gdap-relationships", Map.of("displayName", "Desk",
                    "durationDays", 90, "roles", List.of("729827e3-9c14-49f7-bb1b-9608f156bbb8", "User Administrator"),
                    "securityGroups", List.of(Map.of("groupId", "sg-1", "roles", List.of("Helpdesk Administrator")))))
                    .expectStatus().isCreated();

            var granted = (io.partnerportal.onboarding.kernel.customer.event.GdapGranted) eventStore.readEvents(id, 0)
                    .asStream().reduce((first, second) -> second).orElseThrow().getPayload();
            assertThat(granted.relationship().roles()).containsExactly(DirectoryRole.HELPDESK_ADMINISTRATOR,
                    DirectoryRole.USER_ADMINISTRATOR);
            assertThat(granted.relationship().unifiedRoles()).containsExactly(
                    new UnifiedRole("729827e3-9c14-49f7-bb1b-9608f156bbb8", "Helpdesk Administrator"),
                    new UnifiedRole("fe930be7-5e62-47db-91af-98c3a49a38b1", "User Administrator"));
            assertThat(granted.relationship().securityGroups().getFirst().roles())
                    .containsExactly(DirectoryRole.HELPDESK_ADMINISTRATOR);
            assertThat(granted.relationship().securityGroups().getFirst().unifiedRoles())
                    .containsExactly(new UnifiedRole("729827e3-9c14-49f7-bb1b-9608f156bbb8", "Helpdesk Administrator"));

            call("adam", HttpMethod.POST, "/api/customers/" + id + "/gdap-relationships", Map.of("displayName", "Desk",
                    "durationDays", 90, "roles", List.of("Chief Everything Officer")))
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("roles[0]")
                    .jsonPath("$.errors[0].code").isEqualTo("UNKNOWN_VALUE");
        }

        @Test
        @DisplayName("an MCA acceptance dated in the future is 400 naming dateAccepted")
        void mcaNotInFuture() {
            call("sara", HttpMethod.POST, "/api/customers/" + addCustomer() + "/mca-acceptance",
                    Map.of("acceptedBy", Map.of("firstName", "Bruno", "lastName", "Lima", "email", "bruno.lima@contoso.com.br"),
                            "dateAccepted", LocalDate.now().plusDays(5).toString()))
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("dateAccepted")
                    .jsonPath("$.errors[0].code").isEqualTo("DATE_IN_FUTURE");
        }

        @Test
        @DisplayName("cost management before the MCA is 409 naming MCA_NOT_CONFIRMED")
        void costManagementNeedsMca() {
            call("adam", HttpMethod.PUT, "/api/customers/" + addCustomer() + "/cost-management", Map.of("enabled", true))
                    .expectStatus().isEqualTo(409)
                    .expectBody().jsonPath("$.code").isEqualTo("OPERATION_BLOCKED")
                    .jsonPath("$.blockedReasons[0]").isEqualTo("MCA_NOT_CONFIRMED");
        }

        @Test
        @DisplayName("GDAP with auto-extend and Global Administrator, over two years, is 400 naming both")
        void gdapRules() {
            call("adam", HttpMethod.POST, "/api/customers/" + addCustomer() + "/gdap-relationships",
                    Map.of("displayName", "Admins", "durationDays", 800, "roles", List.of("GLOBAL_ADMINISTRATOR"),
                            "autoExtend", true))
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[*].field").value(fields ->
                            assertThat((List<String>) fields).containsExactlyInAnyOrder("durationDays", "autoExtend"));
        }

        @Test
        @DisplayName("an indirect provider adds a customer for its own reseller, whose MCA the reseller may not confirm")
        void providerForReseller() {
            var body = SampleCustomers.contosoBrazil();
            body.put("associatedResellerId", "P-2100");
            String id = (String) call("ivan", HttpMethod.POST, "/api/customers", body).expectStatus().isCreated()
                    .expectBody(Map.class).returnResult().getResponseBody().get("customerId");

            call("rita", HttpMethod.POST, "/api/customers/" + id + "/mca-acceptance", mca()).expectStatus().isForbidden();
            call("ivan", HttpMethod.POST, "/api/customers/" + id + "/mca-acceptance", mca()).expectStatus().isOk();
        }

        @Test
        @DisplayName("a direct-bill partner may not name a reseller that is not its own")
        void foreignReseller() {
            var body = SampleCustomers.contosoBrazil();
            body.put("associatedResellerId", "P-2100");

            call("gina", HttpMethod.POST, "/api/customers", body).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].code").isEqualTo("NOT_YOUR_RESELLER");
        }

        @Test
        @DisplayName("a billing change that changes nothing appends nothing")
        void noOpBillingChange() {
            var customer = SampleCustomers.contosoBrazil();
            String id = (String) call("gina", HttpMethod.POST, "/api/customers", customer).expectStatus().isCreated()
                    .expectBody(Map.class).returnResult().getResponseBody().get("customerId");

            call("adam", HttpMethod.PUT, "/api/customers/" + id + "/billing-profile", Map.of(
                    "companyName", customer.get("companyName"), "registrationId", customer.get("registrationId"),
                    "primaryContact", customer.get("primaryContact"), "address", customer.get("address")))
                    .expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(2);
            assertThat(eventCount(id)).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("an approved customer's subscription is cancelled, and cost management switched off again")
    void cancelAndSwitchOff() {
        String base = "/api/customers/" + purchasableCustomer();
        Map<?, ?> bought = call("sara", HttpMethod.POST, base + "/subscriptions", Map.of("offerId", "CFQ7TTC0LH18",
                "quantity", 3)).expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();

        call("sara", HttpMethod.DELETE, base + "/subscriptions/" + bought.get("subscriptionId"), null)
                .expectStatus().isOk().expectBody().jsonPath("$.subscriptionId").isEqualTo(bought.get("subscriptionId"));
        call("gina", HttpMethod.PUT, base + "/cost-management", Map.of("enabled", true)).expectStatus().isOk();
        call("gina", HttpMethod.PUT, base + "/cost-management", Map.of("enabled", false)).expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(8);
    }

    @Test
    @DisplayName("a body over the size limit is 413 and records nothing")
    void bodyTooLarge() {
        var body = SampleCustomers.contosoBrazil();
        body.put("companyName", "x".repeat(400_000));

        call("gina", HttpMethod.POST, "/api/customers", body).expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    @DisplayName("an unknown directory role is 400 naming the field and the allowed values")
    void unknownRole() {
        call("adam", HttpMethod.POST, "/api/customers/" + addCustomer() + "/gdap-relationships",
                Map.of("displayName", "Helpdesk", "roles", List.of("SUPREME_LEADER")))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("roles[0]")
                .jsonPath("$.errors[0].code").isEqualTo("UNKNOWN_VALUE");
    }
}
