package io.partnerportal.onboarding.command.customer.web;

import io.partnerportal.onboarding.command.CommandSideApplication;
import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile and careless input to the write API: each is a 4xx problem naming the field and rule, and records nothing. */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IsolatedStores.class)
@DisplayName("Bad input to the write API")
class BadInputHttpTest {

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

    /** A grant that breaks no rule but the one a test puts in. */
    private static Map<String, Object> grant(Object roles, Object securityGroups) {
        var body = new HashMap<String, Object>();
        body.put("displayName", "Helpdesk");
        body.put("roles", roles);
        body.put("securityGroups", securityGroups);
        return body;
    }

    /** Asserts a 400 problem whose only error is {@code field} breaking {@code code}. */
    private static void rejected(WebTestClient.ResponseSpec response, String field, String code) {
        response.expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo(field)
                .jsonPath("$.errors[0].code").isEqualTo(code)
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).startsWith(field));
    }

    @Nested
    @DisplayName("a GDAP grant")
    class GdapGrant {

        @Test
        @DisplayName("with a null role is 400 NULL_ITEM naming roles[1], and records nothing")
        void nullRole() {
            String id = addCustomer();

            rejected(call("adam", HttpMethod.POST, "/api/customers/" + id + "/gdap-relationships",
                    grant(Arrays.asList("GLOBAL_READER", null), null)), "roles[1]", "NULL_ITEM");
            assertThat(eventCount(id)).isEqualTo(2);
        }

        @Test
        @DisplayName("with a null security group is 400 NULL_ITEM naming securityGroups[0]")
        void nullSecurityGroup() {
            rejected(call("adam", HttpMethod.POST, "/api/customers/" + addCustomer() + "/gdap-relationships",
                    grant(List.of("GLOBAL_READER"), Collections.singletonList(null))), "securityGroups[0]", "NULL_ITEM");
        }

        @Test
        @DisplayName("with a null role of a security group is 400 NULL_ITEM naming securityGroups[0].roles[0]")
        void nullSecurityGroupRole() {
            rejected(call("adam", HttpMethod.POST, "/api/customers/" + addCustomer() + "/gdap-relationships",
                    grant(List.of("GLOBAL_READER"), List.of(Map.of("groupId", "sg-1",
                            "roles", Collections.singletonList(null))))), "securityGroups[0].roles[0]", "NULL_ITEM");
        }

        @Test
        @DisplayName("with a role named twice is 400 DUPLICATE_ITEM naming the repetition")
        void duplicateRole() {
            rejected(call("adam", HttpMethod.POST, "/api/customers/" + addCustomer() + "/gdap-relationships",
                    grant(List.of("GLOBAL_READER", "GLOBAL_READER"), null)), "roles[1]", "DUPLICATE_ITEM");
        }

        @Test
        @DisplayName("with ten thousand copies of one role is 400 TOO_MANY_ITEMS, and records nothing")
        void tenThousandRoles() {
            String id = addCustomer();

            rejected(call("adam", HttpMethod.POST, "/api/customers/" + id + "/gdap-relationships",
                    grant(Collections.nCopies(10_000, "GLOBAL_READER"), null)), "roles", "TOO_MANY_ITEMS");
            assertThat(eventCount(id)).isEqualTo(2);
        }
    }

    /** Sends {@code request} as raw bytes, as no HTTP client would, and answers the whole response as text. */
    private String raw(String request) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Nested
    @DisplayName("a request the HTTP server itself cannot read")
    class UnreadableRequest {

        @Test
        @DisplayName("with a URI longer than the server reads is 414 with a problem body")
        void uriTooLong() throws IOException {
            String response = raw("GET /api/customers?q=" + "x".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

            assertThat(response).startsWith("HTTP/1.1 414").containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"code\":\"URI_TOO_LONG\"", "\"status\":414");
        }

        @Test
        @DisplayName("with header fields larger than the server reads is 431 with a problem body")
        void headersTooLarge() throws IOException {
            String response = raw("GET /api/customers HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                    + "x".repeat(20_000) + "\r\n\r\n");

            assertThat(response).startsWith("HTTP/1.1 431").containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"code\":\"REQUEST_HEADER_FIELDS_TOO_LARGE\"", "\"status\":431");
        }

        @Test
        @DisplayName("with a malformed header line is 400 with a problem body")
        void malformedHeader() throws IOException {
            String response = raw("GET /api/customers HTTP/1.1\r\nHost: localhost\r\nBad Header : x\r\n\r\n");

            assertThat(response).startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"code\":\"MALFORMED_REQUEST\"", "\"status\":400");
        }
    }

    @Nested
    @DisplayName("a conditional write")
    class ConditionalWrite {

        @Test
        @DisplayName("with a weak entity tag in If-Match is 412 WEAK_ENTITY_TAG explaining the strong comparison, and records nothing")
        void weakIfMatch() {
            String id = addCustomer();

            call("adam", HttpMethod.PUT, "/api/customers/" + id + "/cost-management", Map.of("enabled", false),
                    "If-Match", "W/\"2\"")
                    .expectStatus().isEqualTo(412)
                    .expectHeader().contentType("application/problem+json")
                    .expectBody()
                    .jsonPath("$.code").isEqualTo("WEAK_ENTITY_TAG")
                    .jsonPath("$.errors[0].field").isEqualTo("If-Match")
                    .jsonPath("$.errors[0].code").isEqualTo("WEAK_ENTITY_TAG")
                    .jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                            .contains("strong entity tag such as \"2\"", "RFC 9110"));
            assertThat(eventCount(id)).isEqualTo(2);
        }

        @Test
        @DisplayName("asking for JSON in a charset other than UTF-8 is answered in UTF-8, not with a 500 after the write")
        void acceptWithCharset() {
            call("adam", HttpMethod.PUT, "/api/customers/" + addCustomer() + "/cost-management",
                    Map.of("enabled", false), "Accept", "application/json; charset=latin1")
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        }

        @Test
        @DisplayName("with the same version as a strong entity tag goes through")
        void strongIfMatch() {
            call("adam", HttpMethod.PUT, "/api/customers/" + addCustomer() + "/cost-management",
                    Map.of("enabled", false), "If-Match", "\"2\"")
                    .expectStatus().isOk();
        }
    }

    @Nested
    @DisplayName("text with a control character")
    class ControlCharacters {

        @Autowired
        JdbcTemplate jdbc;

        private long storedEvents() {
            return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        }

        @ParameterizedTest(name = "{0} with U+{1}")
        @CsvSource({"companyName, 0000", "primaryContact.firstName, 000A", "primaryContact.email, 0000",
                "address.addressLine1, 0009", "address.city, 0085", "registrationId, 000D", "language, 001B"})
        @DisplayName("in any field of a new customer is 400 CONTROL_CHARACTER naming the field, and records nothing")
        void addCustomer(String field, String codePoint) {
            var body = SampleCustomers.contosoBrazil();
            String[] path = field.split("\\.");
            @SuppressWarnings("unchecked")
            Map<String, Object> parent = path.length == 1 ? body : (Map<String, Object>) body.get(path[0]);
            String leaf = path[path.length - 1];
            parent.put(leaf, parent.get(leaf) + String.valueOf((char) Integer.parseInt(codePoint, 16)));
            long before = storedEvents();

            rejected(call("gina", HttpMethod.POST, "/api/customers", body), field, "CONTROL_CHARACTER");
            assertThat(storedEvents()).isEqualTo(before);
        }

        @Test
        @DisplayName("in a billing change, an MCA acceptance, a rejection reason, a GDAP grant or an offer is refused alike")
        void everyWrite() {
            var customer = SampleCustomers.contosoBrazil();
            String id = (String) call("gina", HttpMethod.POST, "/api/customers", customer).expectStatus().isCreated()
                    .expectBody(Map.class).returnResult().getResponseBody().get("customerId");
            String base = "/api/customers/" + id;

            rejected(call("adam", HttpMethod.PUT, base + "/billing-profile", Map.of("companyName", "Contoso\u0000 Ltda",
                    "registrationId", customer.get("registrationId"), "primaryContact", customer.get("primaryContact"),
                    "address", customer.get("address"))), "companyName", "CONTROL_CHARACTER");
            rejected(call("sara", HttpMethod.POST, base + "/mca-acceptance", Map.of("acceptedBy", Map.of("firstName",
                    "Bruno", "lastName", "Li\nma", "email", "bruno.lima@contoso.com.br"), "dateAccepted", "2025-01-02")),
                    "acceptedBy.lastName", "CONTROL_CHARACTER");
            rejected(call("vera", HttpMethod.POST, base + "/verification/rejection", Map.of("reason", "No\r\nSuch address")),
                    "reason", "CONTROL_CHARACTER");
            rejected(call("adam", HttpMethod.POST, base + "/gdap-relationships", grant(List.of("GLOBAL_READER"),
                    List.of(Map.of("groupId", "sg\u007f1", "roles", List.of("GLOBAL_READER"))))),
                    "securityGroups[0].groupId", "CONTROL_CHARACTER");
            rejected(call("sara", HttpMethod.POST, base + "/subscriptions", Map.of("offerId", "CFQ7\tTC0LH18",
                    "quantity", 1)), "offerId", "CONTROL_CHARACTER");
            rejected(call("rita", HttpMethod.POST, "/api/relationship-requests", Map.of("domainPrefix",
                    customer.get("domainPrefix") + "\u0000")), "domainPrefix", "CONTROL_CHARACTER");
            assertThat(eventCount(id)).isEqualTo(2);
        }
    }
}
