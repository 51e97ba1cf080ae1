package io.partnerportal.onboarding.standalone;

import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customers whose histories, together, hold every kind of event: written over HTTP by the demo users, for
 * tests that need every event type (stored shapes, the feed's schemas).
 */
public final class CustomerLives {

    private final int port;

    public CustomerLives(int port) {
        this.port = port;
    }

    /**
     * Every event but a rejection: added (with the default GDAP), MCA, cost management on and off, a GDAP
     * grant, approval, a subscription bought, changed, renewed and cancelled, another partner's relationship
     * request (a record of its own, not an event of the customer's), and a billing change that sends it back
     * to verification. Answers the customer's id.
     */
    public String wholeLife() {
        var customer = SampleCustomers.contosoBrazil();
        String id = (String) write("gina", HttpMethod.POST, "/api/customers", customer, null).get("customerId");
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

    /**
     * Added by indirect provider ivan for its reseller P-2100, with {@code idempotencyKey}, without the default
     * GDAP, with a warning (a web domain in its name), then rejected. Answers the customer's id.
     */
    public String rejectedCustomerOfAReseller(Map<String, Object> customer, String idempotencyKey) {
        String prefix = "fabrikam" + UUID.randomUUID().toString().substring(0, 6);
        customer.put("companyName", "Fabrikam.com.br Ltda");
        customer.put("domainPrefix", prefix);
        customer.put("associatedResellerId", "P-2100");
        customer.put("defaultGdapConsent", false);
        var added = write("ivan", HttpMethod.POST, "/api/customers", customer, idempotencyKey);
        assertThat((List<?>) added.get("warnings")).as("a web domain in the company name warns").isNotEmpty();
        String id = (String) added.get("customerId");
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
}
