package io.partnerportal.onboarding.query.web;

import io.partnerportal.onboarding.kernel.customer.event.CustomerAdded;
import io.partnerportal.onboarding.kernel.customer.record.Address;
import io.partnerportal.onboarding.kernel.customer.record.BillingProfile;
import io.partnerportal.onboarding.kernel.customer.record.Contact;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationStatus;
import io.partnerportal.onboarding.kernel.relationship.RelationshipRequestOpened;
import io.partnerportal.onboarding.platform.testing.HostileInput;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.query.QuerySideApplication;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.partnerportal.onboarding.platform.testing.HostileInput.assertAnsweredWithoutFault;
import static io.partnerportal.onboarding.platform.testing.HostileInput.assertShowsNoFault;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile path segments, query parameters and headers sent to every read endpoint of the query side (the
 * never-ending streams aside). Whatever comes, the answer is no 5xx, shows no fault, every refusal is a
 * problem document with a code, and a 400 names the parameter it refuses.
 */
@Label("Hostile input to the read API")
class ReadBadInputPropertiesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static ConfigurableApplicationContext app;
    private static int port;
    private static String customerId;
    private static String requestId;

    /** One read endpoint: its path ({id} the seeded customer or request), who reads it, its query parameters. */
    record Read(String path, String user, List<String> parameters) {
        @Override
        public String toString() {
            return "GET " + path;
        }
    }

    private static final List<Read> READS = List.of(
            new Read("/api/customers/{c}", "gina", List.of("minVersion", "asOf")),
            new Read("/api/customers/{c}/purchase-eligibility", "gina", List.of("minVersion")),
            new Read("/api/customers/{c}/history", "gina", List.of()),
            new Read("/api/customers", "gina", List.of("status", "country", "q", "page", "size")),
            new Read("/api/verification-queue", "vera", List.of("overdue")),
            new Read("/api/events", "otto", List.of("after", "limit", "type", "subject")),
            new Read("/api/events/schemas/{t}", "gina", List.of()),
            new Read("/api/relationship-requests", "rita", List.of("page", "size")),
            new Read("/api/relationship-requests/{r}", "rita", List.of()),
            new Read("/api/audit/events", "otto", List.of("actor", "partnerId", "type", "subject", "from", "to", "after",
                    "limit")),
            new Read("/api/audit/proofs/inclusion", "otto", List.of("position", "treeSize")),
            new Read("/api/audit/proofs/consistency", "otto", List.of("from", "to")),
            new Read("/api/audit/checkpoints", "otto", List.of("treeSize")),
            new Read("/api/audit/export", "otto", List.of("from", "to", "subject")));

    /** One request: an endpoint, its path segment (empty: the seeded one), its parameters, headers, and who asks. */
    record Attempt(Read read, Optional<String> segment, List<Map.Entry<String, String>> parameters,
                   Map<String, String> headers, String user) {
        @Override
        public String toString() {
            return read + " " + segment.map(s -> "segment=" + abbreviated(s) + " ").orElse("")
                    + parameters.stream().map(p -> p.getKey() + "=" + abbreviated(p.getValue())).toList()
                    + " " + headers.keySet() + " as " + user;
        }

        boolean sends(String parameter) {
            return parameters.stream().anyMatch(p -> p.getKey().equals(parameter));
        }
    }

    @BeforeContainer
    static void start() throws Exception {
        app = new SpringApplicationBuilder(QuerySideApplication.class).initializers(new IsolatedStores())
                // On the command line: default properties would lose to application.yml's (port 8080, a 3 s wait).
                .run("--server.port=0", "--logging.level.root=WARN",
                        // A read with minVersion on a customer the projection has not reached waits by design.
                        "--onboarding.customer-reads.wait-timeout=300ms");
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        var events = app.getBean(EventStore.class);
        customerId = UUID.randomUUID().toString();
        events.publish(new GenericDomainEventMessage<>("CustomerAggregate", customerId, 0,
                new CustomerAdded(customerId, "P-1000", "contoso" + customerId.substring(0, 6), "pt-BR",
                        new BillingProfile("Contoso Ltda.", null, new Contact("Ana", "Souza", "ana@contoso.com.br", null),
                                new Address("Rua A 1", null, "São Paulo", "SP", "01000-000", "BR")),
                        false, null, VerificationStatus.PENDING, List.of()),
                MetaData.with("actor", "gina")));
        requestId = UUID.randomUUID().toString();
        events.publish(new GenericDomainEventMessage<>("RelationshipRequestAggregate", requestId, 0,
                new RelationshipRequestOpened(requestId, "P-2100", "rita", null, "fabrikam", "https://invite.test/P-2100/1", false),
                MetaData.with("actor", "rita")));
        awaitOk("/api/customers/" + customerId, "gina");
        awaitOk("/api/relationship-requests/" + requestId, "rita");
        awaitOk("/api/audit/checkpoint", "otto");
    }

    @AfterContainer
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Property(tries = 300)
    @Label("no read answers a 5xx or shows a fault; every refusal is a problem with a code, a 400 names its parameter")
    void everyRead(@ForAll("attempts") Attempt attempt) throws Exception {
        var response = send(attempt);
        Statistics.label("status").collect(response.statusCode());

        assertKeepsTheContract(attempt, response);
    }

    @Example
    @Label("a required parameter left out is a 400 that names it")
    void missingRequiredParameterIsNamed() throws Exception {
        var attempt = new Attempt(READS.get(12), Optional.empty(), List.of(), Map.of(), "otto");

        var response = send(attempt);

        assertKeepsTheContract(attempt, response);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(JSON.readTree(response.body()))).containsExactly("treeSize");
    }

    @Example
    @Label("an audit search from or to an instant beyond the year 9999 (or before 0000) is a 400 naming that bound, not a 500")
    void auditSearchAtTheEdgeOfTime() throws Exception {
        for (String edge : List.of("+1000000000-12-31T23:59:59.999999999Z", "-1000000000-01-01T00:00:00Z")) {
            for (String bound : List.of("from", "to")) {
                var attempt = new Attempt(READS.get(9), Optional.empty(), List.of(Map.entry(bound, edge)), Map.of(), "otto");

                var response = send(attempt);

                assertKeepsTheContract(attempt, response);
                assertThat(response.statusCode()).as("status of %s", attempt).isEqualTo(400);
                assertThat(fields(JSON.readTree(response.body()))).containsExactly(bound);
            }
        }
    }

    private static void assertKeepsTheContract(Attempt attempt, HttpResponse<String> response) {
        String request = attempt.toString();
        int status = response.statusCode();
        String body = response.body();
        Optional<String> type = response.headers().firstValue("Content-Type");
        if (status == 304) {
            // "*" or a matching tag (weak comparison, RFC 9110 §13.1.2) in If-None-Match: the cached copy is current.
            assertThat(attempt.headers()).as("headers of %s, answered 304", request).containsKey("If-None-Match");
            assertThat(body).as("body of the 304 to %s", request).isEmpty();
            return;
        }
        if (status >= 300) {
            assertThat(type).as("type of the refusal of %s: %s", request, body)
                    .hasValueSatisfying(value -> assertThat(value).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(body);
            assertThat(problem.path("code").asString("")).as("code of the refusal of %s: %s", request, body).isNotBlank();
            if (status == 400 && !unreadablePath(attempt, problem)) {
                var named = new ArrayList<>(attempt.read().parameters());
                named.addAll(attempt.headers().keySet());
                assertThat(fields(problem)).as("fields refused in %s: %s", request, body).isNotEmpty()
                        .allSatisfy(field -> assertThat(field).isIn(named));
            }
        }
        if (waitedByDesign(attempt, status, body)) {
            assertShowsNoFault(request, body);
        } else {
            assertAnsweredWithoutFault(request, status, body);
        }
    }

    /**
     * A read with minVersion of a customer the caller sees, whose projection has not reached that version, waits
     * and then says so with a 503 NOT_YET_PROJECTED: the contract's answer, not a fault.
     */
    private static boolean waitedByDesign(Attempt attempt, int status, String body) {
        return status == 503 && attempt.sends("minVersion") && attempt.segment().isEmpty()
                && JSON.readTree(body).path("code").asString("").equals("NOT_YET_PROJECTED");
    }

    /**
     * A path segment with a control character (%00, %01…) is refused before routing, by the HTTP layer, as a
     * request it cannot read: no parameter was read, so none is named. Its answer is still a problem with a code.
     */
    private static boolean unreadablePath(Attempt attempt, JsonNode problem) {
        return attempt.segment().isPresent() && problem.path("code").asString("").equals("MALFORMED_REQUEST")
                && problem.path("detail").asString("").startsWith("The request is not well-formed HTTP");
    }

    private static List<String> fields(JsonNode problem) {
        var fields = new ArrayList<String>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asString("")));
        return fields;
    }

    @Provide
    Arbitrary<Attempt> attempts() {
        Arbitrary<Read> read = Arbitraries.of(READS);
        Arbitrary<Optional<String>> segment = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(Optional.<String>empty())),
                Tuple.of(2, HostileInput.texts().filter(text -> !text.isEmpty()).map(Optional::of)));
        // Each parameter sent or not (null, half the time), with a hostile value; now and then the first one sent twice.
        Arbitrary<List<String>> values = HostileInput.parameterValues().injectNull(0.5).list().ofSize(8);
        Arbitrary<Optional<String>> repeat = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(Optional.<String>empty())),
                Tuple.of(1, HostileInput.parameterValues().map(Optional::of)));
        Arbitrary<Map<String, String>> headers = Arbitraries.maps(
                Arbitraries.of("Accept", "Accept-Language", "If-None-Match", "X-Correlation-Id", "Last-Event-ID",
                        "Accept-Encoding", "Range"),
                HostileInput.headerValues()).ofMaxSize(3);
        Arbitrary<String> user = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.of("gina", "adam", "sara", "ivan", "rita", "vera", "otto", "opal", "nobody")));
        return Combinators.combine(read, segment, values, repeat, headers, user).as((endpoint, path, drawn, twice, header,
                                                                                     caller) -> {
            var parameters = new ArrayList<Map.Entry<String, String>>();
            for (int i = 0; i < endpoint.parameters().size(); i++) {
                if (drawn.get(i) != null) {
                    parameters.add(Map.entry(endpoint.parameters().get(i), drawn.get(i)));
                }
            }
            if (twice.isPresent() && !parameters.isEmpty()) {
                parameters.add(Map.entry(parameters.getFirst().getKey(), twice.get()));
            }
            boolean hasSegment = endpoint.path().contains("{");
            return new Attempt(endpoint, hasSegment ? path : Optional.empty(), parameters, header,
                    caller.isEmpty() ? endpoint.user() : caller);
        });
    }

    private static HttpResponse<String> send(Attempt attempt) throws IOException, InterruptedException {
        String path = attempt.read().path()
                .replace("{c}", encoded(attempt.segment().orElse(customerId)))
                .replace("{r}", encoded(attempt.segment().orElse(requestId)))
                .replace("{t}", encoded(attempt.segment().orElse("CustomerAdded")));
        String query = attempt.parameters().stream()
                .map(p -> encoded(p.getKey()) + "=" + encoded(p.getValue()))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + (query.isEmpty() ? "" : "?" + query)))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", basic(attempt.user()))
                .GET();
        attempt.headers().forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitOk(String path, String user) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int status;
        do {
            status = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", basic(user)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                Thread.sleep(100);
            }
        } while (status != 200 && System.nanoTime() < deadline);
        assertThat(status).as("status of GET %s once the projections have the seed", path).isEqualTo(200);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviated(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + " chars)" : text;
    }
}
