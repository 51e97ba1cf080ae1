package io.partnerportal.onboarding.standalone;

import io.partnerportal.onboarding.kernel.customer.access.AccessRules;
import io.partnerportal.onboarding.kernel.customer.access.AccessRules.Verdict;
import io.partnerportal.onboarding.kernel.customer.access.CustomerAction;
import io.partnerportal.onboarding.kernel.customer.event.EventTypes;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.identity.PartnerKind;
import io.partnerportal.onboarding.kernel.identity.Role;
import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;
import io.partnerportal.onboarding.platform.testing.TestIssuer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every endpoint of the API, called with a good bearer token of every role, as staff of the customer's own
 * partner, of its associated reseller and of a stranger (platform roles: of no partner). What each call may
 * do is not written here a second time: it is the domain's access table ({@link AccessRules}) asked about
 * the action each endpoint performs. ALLOWED is any answer but 403 and a hiding 404; FORBIDDEN is 403;
 * HIDDEN is 404 {@code CUSTOMER_NOT_FOUND}. A good token is never 401.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {IsolatedStores.class, TestIssuer.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Every endpoint, for every role, with bearer tokens")
class AccessMatrixTest {

    /** The customer under test belongs to indirect provider P-2000 and is associated with its reseller P-2100. */
    private static final String OWNER = "P-2000";
    private static final String RESELLER = "P-2100";
    private static final String STRANGER = "P-1000";

    /** Who an endpoint is for: the access table's action, any caller with a good token, or operators. */
    sealed interface Guard {
    }

    record Performs(CustomerAction action) implements Guard {
    }

    record AnySignedInCaller() implements Guard {
    }

    /** SecurityConfiguration's path rule for /api/admin/**, the one rule outside the access table. */
    record OperatorsOnly() implements Guard {
    }

    record Endpoint(HttpMethod method, String path, Guard guard, Supplier<Object> body) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static Endpoint endpoint(String method, String path, Guard guard) {
        return endpoint(method, path, guard, () -> null);
    }

    private static Endpoint endpoint(String method, String path, Guard guard, Supplier<Object> body) {
        return new Endpoint(HttpMethod.valueOf(method), path, guard, body);
    }

    private static Guard performs(CustomerAction action) {
        return new Performs(action);
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            endpoint("POST", "/api/customers", performs(CustomerAction.ADD_CUSTOMER), SampleCustomers::contosoBrazil),
            endpoint("PUT", "/api/customers/{customerId}/billing-profile", performs(CustomerAction.CHANGE_BILLING_INFO),
                    AccessMatrixTest::billingProfile),
            endpoint("POST", "/api/customers/{customerId}/mca-acceptance", performs(CustomerAction.CONFIRM_MCA),
                    AccessMatrixTest::mca),
            endpoint("POST", "/api/customers/{customerId}/verification/approval", performs(CustomerAction.DECIDE_VERIFICATION)),
            endpoint("POST", "/api/customers/{customerId}/verification/rejection", performs(CustomerAction.DECIDE_VERIFICATION),
                    () -> Map.of("reason", "Address not found")),
            endpoint("PUT", "/api/customers/{customerId}/cost-management", performs(CustomerAction.MANAGE_COST_MANAGEMENT),
                    () -> Map.of("enabled", true)),
            endpoint("POST", "/api/customers/{customerId}/gdap-relationships", performs(CustomerAction.GRANT_GDAP),
                    AccessMatrixTest::gdap),
            endpoint("POST", "/api/customers/{customerId}/subscriptions", performs(CustomerAction.MANAGE_SUBSCRIPTIONS),
                    () -> Map.of("offerId", "CFQ7TTC0LH18", "quantity", 5)),
            endpoint("PATCH", "/api/customers/{customerId}/subscriptions/{subscriptionId}",
                    performs(CustomerAction.MANAGE_SUBSCRIPTIONS), () -> Map.of("quantity", 8)),
            endpoint("DELETE", "/api/customers/{customerId}/subscriptions/{subscriptionId}",
                    performs(CustomerAction.MANAGE_SUBSCRIPTIONS)),
            endpoint("POST", "/api/customers/{customerId}/subscriptions/{subscriptionId}/renewal",
                    performs(CustomerAction.MANAGE_SUBSCRIPTIONS)),
            endpoint("POST", "/api/relationship-requests", performs(CustomerAction.REQUEST_RELATIONSHIP),
                    () -> Map.of("customerId", "{customerId}")),
            endpoint("GET", "/api/relationship-requests", performs(CustomerAction.READ_RELATIONSHIP_REQUESTS)),
            endpoint("GET", "/api/relationship-requests/{requestId}", performs(CustomerAction.READ_RELATIONSHIP_REQUESTS)),
            endpoint("GET", "/api/customers/{customerId}", performs(CustomerAction.READ_CUSTOMER)),
            endpoint("GET", "/api/customers/{customerId}/purchase-eligibility", performs(CustomerAction.READ_CUSTOMER)),
            endpoint("GET", "/api/customers/{customerId}/updates", performs(CustomerAction.READ_CUSTOMER)),
            endpoint("GET", "/api/customers/{customerId}/history", performs(CustomerAction.READ_CUSTOMER)),
            endpoint("GET", "/api/customers/{customerId}/gdap-relationships/{relationshipId}", performs(CustomerAction.READ_CUSTOMER)),
            endpoint("GET", "/api/customers/{customerId}/subscriptions/{subscriptionId}", performs(CustomerAction.READ_CUSTOMER)),
            endpoint("GET", "/api/customers", performs(CustomerAction.LIST_CUSTOMERS)),
            endpoint("GET", "/api/verification-queue", performs(CustomerAction.READ_VERIFICATION_QUEUE)),
            endpoint("GET", "/api/events", performs(CustomerAction.READ_EVENT_FEED)),
            endpoint("GET", "/api/events/stream", performs(CustomerAction.READ_EVENT_FEED)),
            endpoint("GET", "/api/events/schemas", new AnySignedInCaller()),
            endpoint("GET", "/api/events/schemas/{type}", new AnySignedInCaller()),
            endpoint("GET", "/api/audit/events", performs(CustomerAction.READ_AUDIT_LOG)),
            endpoint("GET", "/api/audit/integrity", performs(CustomerAction.CHECK_AUDIT_INTEGRITY)),
            endpoint("GET", "/api/audit/checkpoint", new AnySignedInCaller()),
            endpoint("GET", "/api/audit/key", new AnySignedInCaller()),
            endpoint("GET", "/api/audit/checkpoints", performs(CustomerAction.READ_AUDIT_LOG)),
            endpoint("GET", "/api/audit/proofs/inclusion", performs(CustomerAction.READ_AUDIT_LOG)),
            endpoint("GET", "/api/audit/proofs/consistency", performs(CustomerAction.READ_AUDIT_LOG)),
            endpoint("GET", "/api/audit/export", performs(CustomerAction.READ_AUDIT_LOG)),
            endpoint("GET", "/api/admin/projections", new OperatorsOnly()),
            endpoint("GET", "/api/admin/projections/customer-view/integrity", new OperatorsOnly()),
            endpoint("POST", "/api/admin/projections/{name}/replay", new OperatorsOnly()),
            endpoint("GET", "/api/admin/projections/{name}/dead-letters", new OperatorsOnly()),
            endpoint("POST", "/api/admin/projections/{name}/dead-letters/retry", new OperatorsOnly()));

    /** The query parameters a call needs to get past its own checks: access is decided first, but only if asked at all. */
    private static final Map<String, String> QUERIES = Map.of(
            "/api/audit/checkpoints", "?treeSize=1",
            "/api/audit/proofs/inclusion", "?position=1&treeSize=1",
            "/api/audit/proofs/consistency", "?from=1&to=1");

    /** Every role as staff of the owner, of the reseller and of a stranger; platform roles of no partner. */
    static List<Caller> callers() {
        var callers = new ArrayList<Caller>();
        for (Role role : Role.values()) {
            if (role.isPlatformRole()) {
                callers.add(new Caller("u-" + role.name().toLowerCase(), null, null, Set.of(role)));
            } else {
                callers.add(staff(role, OWNER, PartnerKind.INDIRECT_PROVIDER));
                callers.add(staff(role, RESELLER, PartnerKind.INDIRECT_RESELLER));
                callers.add(staff(role, STRANGER, PartnerKind.DIRECT_BILL));
            }
        }
        return callers;
    }

    private static Caller staff(Role role, String partnerId, PartnerKind kind) {
        return new Caller("u-" + role.name().toLowerCase() + "-" + partnerId, partnerId, kind, Set.of(role));
    }

    static Stream<Arguments> everyCallerAtEveryEndpoint() {
        return callers().stream().flatMap(caller -> ENDPOINTS.stream()
                .map(endpoint -> arguments(Named.of(describe(caller), caller), endpoint)));
    }

    private static String describe(Caller caller) {
        String role = caller.roles().iterator().next().name();
        if (caller.partnerId() == null) {
            return role;
        }
        return role + " of " + caller.partnerId() + switch (caller.partnerId()) {
            case OWNER -> " (the owner)";
            case RESELLER -> " (its reseller)";
            default -> " (a stranger)";
        };
    }

    @LocalServerPort
    int port;

    private String customerId;
    private String subscriptionId;
    private String relationshipId;

    /** A customer of P-2000 for P-2100, approved, with the MCA confirmed and one subscription, as the read side shows it. */
    @BeforeAll
    void aCustomerWithASubscription() {
        var admin = staff(Role.ADMIN_AGENT, OWNER, PartnerKind.INDIRECT_PROVIDER);
        var officer = new Caller("u-officer", null, null, Set.of(Role.VERIFICATION_OFFICER));
        var customer = SampleCustomers.contosoBrazil();
        customer.put("associatedResellerId", RESELLER);
        customerId = (String) write(admin, HttpMethod.POST, "/api/customers", customer).get("customerId");
        write(officer, HttpMethod.POST, "/api/customers/" + customerId + "/verification/approval", null);
        write(admin, HttpMethod.POST, "/api/customers/" + customerId + "/mca-acceptance", mca());
        Map<?, ?> bought = write(admin, HttpMethod.POST, "/api/customers/" + customerId + "/subscriptions",
                Map.of("offerId", "CFQ7TTC0LH18", "quantity", 5));
        subscriptionId = (String) bought.get("subscriptionId");
        Map<?, ?> view = client(officer).get().uri("/api/customers/{id}?minVersion={version}", customerId, bought.get("version"))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        relationshipId = (String) ((Map<?, ?>) ((List<?>) view.get("gdapRelationships")).getFirst()).get("relationshipId");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyCallerAtEveryEndpoint")
    @DisplayName("answer as the access table says")
    void answersAsTheAccessTableSays(Caller caller, Endpoint endpoint) {
        Verdict expected = switch (endpoint.guard()) {
            case Performs(CustomerAction action) when action.onOneCustomer() ->
                    AccessRules.verdict(caller, action, AccessRules.relationship(caller, OWNER, RESELLER));
            case Performs(CustomerAction action) -> AccessRules.verdict(caller, action);
            case AnySignedInCaller anyone -> Verdict.ALLOWED;
            case OperatorsOnly operators -> caller.has(Role.OPERATOR) ? Verdict.ALLOWED : Verdict.FORBIDDEN;
        };

        Answer answer = call(caller, endpoint);

        assertThat(answer.status()).as("%s", answer).isNotEqualTo(401).isLessThan(500);
        assertThat(answer.verdict()).as("%s", answer).isEqualTo(expected);
    }

    @Test
    @DisplayName("the matrix has a row for every endpoint of the API")
    void everyEndpointHasARow(@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        List<String> mapped = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternsCondition().getPatterns().stream()
                        .flatMap(pattern -> info.getMethodsCondition().getMethods().stream()
                                .map(method -> method + " " + pattern.getPatternString())))
                .filter(endpoint -> endpoint.contains(" /api/"))
                .toList();

        assertThat(ENDPOINTS).extracting(Endpoint::toString).containsExactlyInAnyOrderElementsOf(mapped);
    }

    /** What came back, and which verdict it is. */
    record Answer(int status, String body) {

        Verdict verdict() {
            if (status == 403) {
                return Verdict.FORBIDDEN;
            }
            return status == 404 && body.contains("\"CUSTOMER_NOT_FOUND\"") ? Verdict.HIDDEN : Verdict.ALLOWED;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private Answer call(Caller caller, Endpoint endpoint) {
        String uri = expand(endpoint.path()) + QUERIES.getOrDefault(endpoint.path(), "");
        var request = client(caller).method(endpoint.method()).uri(uri);
        Object body = expandIn(endpoint.body().get());
        FluxExchangeResult<byte[]> result = (body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()).returnResult(byte[].class);
        int status = result.getStatus().value();
        if (MediaType.TEXT_EVENT_STREAM.isCompatibleWith(result.getResponseHeaders().getContentType())) {
            // A live stream that started: it is allowed, and never ends by itself.
            result.getResponseBody().subscribe().dispose();
            return new Answer(status, "(a stream)");
        }
        List<byte[]> chunks = result.getResponseBody().collectList().block(Duration.ofSeconds(20));
        return new Answer(status, chunks == null ? "" : chunks.stream()
                .map(chunk -> new String(chunk, StandardCharsets.UTF_8)).collect(Collectors.joining()));
    }

    private String expand(String path) {
        return path.replace("{customerId}", customerId).replace("{subscriptionId}", subscriptionId)
                .replace("{relationshipId}", relationshipId)
                .replace("{name}", "no-such-projection").replace("{requestId}", "no-such-request").replace("{type}", EventTypes.all().getFirst());
    }

    private Object expandIn(Object body) {
        return body instanceof Map<?, ?> map && "{customerId}".equals(map.get("customerId"))
                ? Map.of("customerId", customerId) : body;
    }

    private Map<?, ?> write(Caller caller, HttpMethod method, String path, Object body) {
        var request = client(caller).method(method).uri(path);
        return (body == null ? request.exchange() : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange())
                .expectStatus().is2xxSuccessful().expectBody(Map.class).returnResult().getResponseBody();
    }

    private WebTestClient client(Caller caller) {
        String token = TestIssuer.tokenFor(caller);
        return ApiClient.anonymous(port).mutate().defaultHeaders(headers -> headers.setBearerAuth(token)).build();
    }

    private static Map<String, Object> mca() {
        return Map.of("acceptedBy", Map.of("firstName", "Bruno", "lastName", "Lima", "email", "bruno.lima@contoso.com.br"),
                "dateAccepted", LocalDate.now().minusDays(1).toString());
    }

    private static Map<String, Object> billingProfile() {
        var sample = SampleCustomers.contosoBrazil();
        return Map.of("companyName", sample.get("companyName"), "registrationId", sample.get("registrationId"),
                "primaryContact", sample.get("primaryContact"), "address", sample.get("address"));
    }

    private static Map<String, Object> gdap() {
        return Map.of("displayName", "Helpdesk", "durationDays", 365, "roles", List.of("HELPDESK_ADMINISTRATOR"),
                "autoExtend", true, "securityGroups", List.of(Map.of("groupId", "sg-1", "roles", List.of("HELPDESK_ADMINISTRATOR"))));
    }
}
