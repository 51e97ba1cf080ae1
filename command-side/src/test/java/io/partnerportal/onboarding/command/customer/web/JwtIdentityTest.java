package io.partnerportal.onboarding.command.customer.web;

import com.nimbusds.jwt.JWTClaimsSet;
import io.partnerportal.onboarding.command.CommandSideApplication;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.identity.PartnerKind;
import io.partnerportal.onboarding.kernel.identity.Role;
import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;
import io.partnerportal.onboarding.platform.testing.TestIssuer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The production identity: OAuth2 bearer JWTs of a trusted issuer, for this backend, here signed by a key
 * pair the test makes ({@link TestIssuer}) and verified with its public key. Configuring them turns the
 * demo users off; every token that breaks a rule is refused with 401, a problem document and an RFC 6750
 * challenge naming the rule.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {IsolatedStores.class, TestIssuer.class})
@ExtendWith(OutputCaptureExtension.class)
@DisplayName("With a JWT issuer configured")
class JwtIdentityTest {

    private static final ParameterizedTypeReference<Map<String, Object>> PROBLEM = new ParameterizedTypeReference<>() {
    };

    /** A direct-bill partner's admin agent: a token that may add customers. */
    private static final Caller AGENT = new Caller("u-417", "P-3000", PartnerKind.DIRECT_BILL, Set.of(Role.ADMIN_AGENT));

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    private WebTestClient.ResponseSpec addCustomerWith(String bearer) {
        return ApiClient.anonymous(port).post().uri("/api/customers").headers(h -> h.setBearerAuth(bearer))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(SampleCustomers.contosoBrazil()).exchange();
    }

    @Test
    @DisplayName("a partner's agent adds a customer of their partner, attributed to the token's subject")
    void bearerTokenActs() {
        String customerId = (String) addCustomerWith(TestIssuer.tokenFor(AGENT)).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("customerId");

        var event = eventStore.readEvents(customerId, 0).next();
        assertThat(event.getMetaData()).containsEntry("actor", "u-417").containsEntry("partnerId", "P-3000")
                .containsEntry("partnerKind", "DIRECT_BILL");
    }

    @Test
    @DisplayName("a token whose roles may not add customers gets 403")
    void rolesAreTakenFromTheToken() {
        var auditor = new Caller("u-9", null, null, Set.of(Role.AUDITOR));

        addCustomerWith(TestIssuer.tokenFor(auditor)).expectStatus().isForbidden();
    }

    /** A good token of {@link #AGENT}, changed by each case into one that breaks one rule: the claim and the rule. */
    static Stream<Arguments> refusedTokens() {
        Instant now = Instant.now();
        return Stream.of(
                refused("without sub", c -> c.subject(null), "sub", "REQUIRED"),
                refused("without exp", c -> c.expirationTime(null), "exp", "REQUIRED"),
                refused("expired", c -> c.issueTime(Date.from(now.minus(Duration.ofHours(1))))
                        .expirationTime(Date.from(now.minus(Duration.ofMinutes(10)))), "exp", "EXPIRED"),
                refused("not valid yet", c -> c.notBeforeTime(Date.from(now.plus(Duration.ofMinutes(10)))), "nbf", "NOT_YET_VALID"),
                refused("of another issuer", c -> c.issuer("https://issuer.someone-else.test/"), "iss", "UNTRUSTED_ISSUER"),
                refused("without an issuer", c -> c.issuer(null), "iss", "UNTRUSTED_ISSUER"),
                refused("for another service", c -> c.audience("billing-api"), "aud", "WRONG_AUDIENCE"),
                refused("without an audience", c -> c.audience((String) null), "aud", "WRONG_AUDIENCE"),
                refused("without a role", c -> c.claim("roles", null), "roles", "NO_KNOWN_ROLE"),
                refused("with no role this backend knows", c -> c.claim("roles", List.of("SUPERUSER")), "roles", "NO_KNOWN_ROLE"),
                refused("with partner_id \"\"", c -> c.claim("partner_id", ""), "partner_id", "PARTNER_ID_FORMAT"),
                refused("with a malformed partner_id", c -> c.claim("partner_id", "3000"), "partner_id", "PARTNER_ID_FORMAT"),
                refused("with an unknown partner_kind", c -> c.claim("partner_kind", "DISTRIBUTOR"), "partner_kind", "UNKNOWN_VALUE"),
                refused("with a partner_id but no partner_kind", c -> c.claim("partner_kind", null), "partner_kind", "REQUIRED"),
                arguments("signed by another key", TestIssuer.signByAnotherKey(TestIssuer.claimsOf(AGENT).build()),
                        "token", "SIGNATURE"),
                arguments("unsigned (alg none)", TestIssuer.unsigned(TestIssuer.claimsOf(AGENT).build()), "token", "UNSIGNED"),
                arguments("that is no JWT at all", "not-a-jwt", "token", "MALFORMED"));
    }

    private static Arguments refused(String name, UnaryOperator<JWTClaimsSet.Builder> change, String claim, String rule) {
        return arguments(name, TestIssuer.sign(change.apply(TestIssuer.claimsOf(AGENT)).build()), claim, rule);
    }

    @ParameterizedTest(name = "{0}: {2} {3}", quoteTextArguments = false)
    @MethodSource("refusedTokens")
    @DisplayName("a token that breaks a rule gets 401, problem+json and a Bearer invalid_token challenge naming the rule")
    void refusedToken(String name, String token, String claim, String rule) {
        var answer = addCustomerWith(token).expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json")
                .expectBody(PROBLEM).returnResult();
        Map<String, Object> problem = answer.getResponseBody();
        String detail = (String) problem.get("detail");

        assertThat(problem).containsEntry("status", 401).containsEntry("code", "INVALID_TOKEN")
                .containsEntry("title", "Unauthorized").containsEntry("type", "urn:partner-portal:problem:invalid-token");
        assertThat(detail).startsWith("The").endsWith(".").contains(claim);
        assertThat(problem.get("errors")).isEqualTo(List.of(Map.of("field", claim, "code", rule, "message", detail)));
        assertThat(answer.getResponseHeaders().get("WWW-Authenticate"))
                .containsExactly("Bearer error=\"invalid_token\", error_description=\"" + detail + "\"");
    }

    @Test
    @DisplayName("a refusal is one log line naming the rule, without a stack trace")
    void refusalsAreLoggedWithoutStackTrace(CapturedOutput output) {
        addCustomerWith(TestIssuer.sign(TestIssuer.claimsOf(AGENT).expirationTime(null).build())).expectStatus().isUnauthorized();

        assertThat(output.getAll()).contains("Bearer token refused (exp REQUIRED)")
                .doesNotContain("JwtValidationException").doesNotContain("\tat org.springframework");
    }

    @Test
    @DisplayName("a request without a token is asked for one: 401 and a plain Bearer challenge")
    void noToken() {
        ApiClient.anonymous(port).get().uri("/api/customers").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    @DisplayName("the demo users are off")
    void demoUsersAreOff() {
        ApiClient.as("gina", port).post().uri("/api/customers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(SampleCustomers.contosoBrazil()).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer");
    }
}
