package io.partnerportal.onboarding.command.customer.web;

import io.partnerportal.onboarding.command.CommandSideApplication;
import io.partnerportal.onboarding.kernel.customer.event.CustomerAdded;
import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IsolatedStores.class)
@DisplayName("POST /api/customers")
class AddCustomerHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    private WebTestClient.ResponseSpec post(String user, Object body) {
        return ApiClient.as(user, port).post().uri("/api/customers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    @Nested
    @DisplayName("with a complete record")
    class Complete {

        @Test
        @DisplayName("answers 201 with Location, ETag and the new version, pending verification")
        void answersCreated() {
            var body = post("gina", SampleCustomers.contosoBrazil())
                    .expectStatus().isCreated()
                    .expectHeader().valueMatches("Location", "/api/customers/[0-9a-f-]{36}")
                    .expectHeader().valueEquals("ETag", "\"2\"")
                    .expectBody(Map.class).returnResult().getResponseBody();

            // Version 2: CustomerAdded, then DefaultGdapCreated for the consent the sample gives.
            assertThat(body).containsEntry("version", 2).containsEntry("verificationStatus", "PENDING")
                    .containsEntry("warnings", List.of()).containsKey("customerId");
        }

        @Test
        @DisplayName("appends CustomerAdded to the event store, attributed to the caller and the request")
        void appendsAttributedEvent() {
            var body = ApiClient.as("adam", port).post().uri("/api/customers").contentType(MediaType.APPLICATION_JSON)
                    .header("X-Correlation-Id", "portal-req-7").bodyValue(SampleCustomers.contosoBrazil()).exchange()
                    .expectStatus().isCreated()
                    .expectHeader().valueEquals("X-Correlation-Id", "portal-req-7")
                    .expectBody(Map.class).returnResult().getResponseBody();
            String customerId = (String) body.get("customerId");

            List<? extends DomainEventMessage<?>> events = eventStore.readEvents(customerId, 0).asStream().toList();

            assertThat(events).hasSize(2);
            var added = (CustomerAdded) events.getFirst().getPayload();
            assertThat(added.partnerId()).isEqualTo("P-1000");
            assertThat(added.billingProfile().companyName()).isEqualTo("Contoso Comércio de Software Ltda");
            assertThat(added.billingProfile().address().city()).isEqualTo("São Paulo");
            assertThat(events.getFirst().getMetaData())
                    .containsEntry("actor", "adam")
                    .containsEntry("partnerId", "P-1000")
                    .containsEntry("correlationId", "portal-req-7")
                    .containsEntry("roles", List.of("ADMIN_AGENT"))
                    .containsKey("causationId");
        }

        @Test
        @DisplayName("stores the event as JSON (Jackson) in its current revision, never XStream, and no password in it")
        void storesJson() {
            String customerId = (String) post("sara", SampleCustomers.contosoBrazil()).expectStatus().isCreated()
                    .expectBody(Map.class).returnResult().getResponseBody().get("customerId");

            Map<String, Object> row = jdbc.queryForMap(
                    "SELECT payload, meta_data, payload_revision FROM domain_event_entry WHERE aggregate_identifier = ? "
                            + "AND sequence_number = 0",
                    customerId);
            String payload = new String((byte[]) row.get("payload"), StandardCharsets.UTF_8);
            String metadata = new String((byte[]) row.get("meta_data"), StandardCharsets.UTF_8);

            assertThat(payload).startsWith("{")
                    .contains("\"billingProfile\":{\"companyName\":\"Contoso Comércio de Software Ltda\"");
            assertThat(row.get("payload_revision")).as("CustomerAdded's current revision").isEqualTo("2");
            assertThat(metadata).startsWith("{").contains("\"actor\":\"sara\"").doesNotContain("demo");
            assertThatThrownBy(() -> Class.forName("com.thoughtworks.xstream.XStream"))
                    .isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Nested
    @DisplayName("with bad input")
    class BadInput {

        @Test
        @DisplayName("answers 400 problem+json naming every missing field")
        void missingFields() {
            var body = SampleCustomers.contosoBrazil();
            body.remove("companyName");
            body.put("primaryContact", Map.of("firstName", "Ana"));

            post("gina", body).expectStatus().isBadRequest()
                    .expectHeader().contentType("application/problem+json")
                    .expectBody()
                    .jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                    .jsonPath("$.status").isEqualTo(400)
                    .jsonPath("$.errors[*].field").value(fields -> assertThat((List<String>) fields)
                            .containsExactly("companyName", "primaryContact.lastName", "primaryContact.email",
                                    "primaryContact.phone"));
        }

        @Test
        @DisplayName("answers 400 naming each broken field rule: a personal id, the partner's own email domain, a bad postal code")
        void fieldRules() {
            var body = SampleCustomers.contosoBrazil();
            body.put("registrationId", "111.444.777-35");
            body.put("primaryContact", Map.of("firstName", "Ana", "lastName", "Souza",
                    "email", "ana@contoso-partners.example", "phone", "+55 11 4004 0001"));
            ((Map<String, Object>) body.get("address")).put("postalCode", "0131");

            post("gina", body).expectStatus().isBadRequest()
                    .expectBody()
                    .jsonPath("$.errors[*].code").value(codes -> assertThat((List<String>) codes).containsExactlyInAnyOrder(
                            "PERSONAL_ID_NOT_ALLOWED", "EMAIL_PARTNER_DOMAIN", "POSTAL_CODE_FORMAT"))
                    .jsonPath("$.errors[*].field").value(fields -> assertThat((List<String>) fields).containsExactlyInAnyOrder(
                            "registrationId", "primaryContact.email", "address.postalCode"));
        }

        @Test
        @DisplayName("accepts a company name with a domain ending, reporting the warning back")
        void warningComesBack() {
            var body = SampleCustomers.contosoBrazil();
            body.put("companyName", "Contoso.com Comércio Ltda");

            post("gina", body).expectStatus().isCreated()
                    .expectBody().jsonPath("$.warnings[0].code").isEqualTo("COMPANY_NAME_CONTAINS_DOMAIN")
                    .jsonPath("$.warnings[0].field").isEqualTo("companyName");
        }

        @Test
        @DisplayName("answers 400 for malformed JSON")
        void malformedJson() {
            post("gina", "{\"companyName\": ").expectStatus().isBadRequest()
                    .expectHeader().contentType("application/problem+json")
                    .expectBody().jsonPath("$.errors[0].code").isEqualTo("MALFORMED_JSON");
        }

        @Test
        @DisplayName("answers 400 naming the field of a wrong type, and what it must be in words, not a Java type")
        void wrongType() {
            var body = SampleCustomers.contosoBrazil();
            body.put("defaultGdapConsent", "perhaps");

            post("gina", body).expectStatus().isBadRequest()
                    .expectBody()
                    .jsonPath("$.code").isEqualTo("MALFORMED_REQUEST")
                    .jsonPath("$.errors[0].field").isEqualTo("defaultGdapConsent")
                    .jsonPath("$.errors[0].code").isEqualTo("WRONG_TYPE")
                    .jsonPath("$.errors[0].message").isEqualTo("defaultGdapConsent must be true or false.");

            body.put("defaultGdapConsent", true);
            body.put("language", List.of("pt-BR"));
            post("gina", body).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].message").isEqualTo("language must be a string.");
        }

        @Test
        @DisplayName("answers 415 for a body that is not JSON")
        void notJson() {
            ApiClient.as("gina", port).post().uri("/api/customers").contentType(MediaType.TEXT_PLAIN)
                    .bodyValue("Contoso").exchange()
                    .expectStatus().isEqualTo(415)
                    .expectHeader().contentType("application/problem+json");
        }
    }

    @Nested
    @DisplayName("by whom")
    class Identity {

        @Test
        @DisplayName("answers 401 problem+json with a Basic challenge without credentials")
        void unauthenticated() {
            ApiClient.anonymous(port).post().uri("/api/customers").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(SampleCustomers.contosoBrazil()).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().valueMatches("WWW-Authenticate", "Basic.*")
                    .expectHeader().contentType("application/problem+json");
        }

        @Test
        @DisplayName("answers 401 for a wrong password")
        void wrongPassword() {
            ApiClient.anonymous(port).post().uri("/api/customers").headers(h -> h.setBasicAuth("gina", "guess"))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(SampleCustomers.contosoBrazil()).exchange()
                    .expectStatus().isUnauthorized();
        }

        @Test
        @DisplayName("answers 403 to an indirect reseller, saying to request a relationship")
        void resellerForbidden() {
            post("rita", SampleCustomers.contosoBrazil()).expectStatus().isForbidden()
                    .expectBody().jsonPath("$.detail").value(detail ->
                            assertThat((String) detail).contains("request a relationship"));
        }

        @Test
        @DisplayName("answers 403 to an auditor, who never writes")
        void auditorForbidden() {
            post("otto", SampleCustomers.contosoBrazil()).expectStatus().isForbidden();
        }
    }
}
