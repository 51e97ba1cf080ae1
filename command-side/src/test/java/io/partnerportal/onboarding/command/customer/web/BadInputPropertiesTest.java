package io.partnerportal.onboarding.command.customer.web;

import io.partnerportal.onboarding.command.CommandSideApplication;
import io.partnerportal.onboarding.platform.testing.HostileInput;
import io.partnerportal.onboarding.platform.testing.HostileInput.Mutation;
import io.partnerportal.onboarding.platform.testing.HostileInput.Raw;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static io.partnerportal.onboarding.platform.testing.HostileInput.assertAnsweredWithoutFault;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of malformed and hostile requests to every write endpoint: mutated bodies, broken JSON, junk
 * ids, headers and request heads. Whatever comes, the answer is no 5xx and shows no fault, and a refused
 * request leaves the event store as it was.
 */
@Label("Hostile input to the write API")
class BadInputPropertiesTest {

    private static ConfigurableApplicationContext app;
    private static int port;
    private static JdbcTemplate jdbc;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String customerId;
    private static String subscriptionId;
    private static String domainPrefix;

    /** One write endpoint: its method, path ({c} the customer, {s} the subscription), who calls it, a valid body. */
    record Write(String method, String path, String user, Supplier<Object> body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final List<Write> WRITES = List.of(
            new Write("POST", "/api/customers", "gina", SampleCustomers::contosoBrazil),
            new Write("PUT", "/api/customers/{c}/billing-profile", "adam", BadInputPropertiesTest::billing),
            new Write("POST", "/api/customers/{c}/mca-acceptance", "sara", BadInputPropertiesTest::mca),
            new Write("POST", "/api/customers/{c}/verification/approval", "vera", () -> null),
            new Write("POST", "/api/customers/{c}/verification/rejection", "vera", () -> Map.of("reason", "No such address")),
            new Write("PUT", "/api/customers/{c}/cost-management", "adam", () -> Map.of("enabled", true)),
            new Write("POST", "/api/customers/{c}/gdap-relationships", "adam", () -> Map.of("displayName", "Helpdesk",
                    "durationDays", 365, "roles", List.of("HELPDESK_ADMINISTRATOR", "GLOBAL_READER"), "autoExtend", true,
                    "securityGroups", List.of(Map.of("groupId", "sg-1", "roles", List.of("GLOBAL_READER"))))),
            new Write("POST", "/api/customers/{c}/subscriptions", "sara", () -> Map.of("offerId", "CFQ7TTC0LH18", "quantity", 5)),
            new Write("PATCH", "/api/customers/{c}/subscriptions/{s}", "sara", () -> Map.of("quantity", 8)),
            new Write("DELETE", "/api/customers/{c}/subscriptions/{s}", "sara", () -> null),
            new Write("POST", "/api/customers/{c}/subscriptions/{s}/renewal", "sara", () -> null),
            new Write("POST", "/api/relationship-requests", "rita", () -> Map.of("domainPrefix", domainPrefix)));

    /** One request: an endpoint, whose ids, which body, which headers, as whom. */
    record Attempt(Write write, Optional<String> customer, Optional<String> subscription, Object body,
                   Map<String, String> headers, String user) {
    }

    @BeforeContainer
    static void start() throws Exception {
        app = new SpringApplicationBuilder(CommandSideApplication.class).initializers(new IsolatedStores())
                // On the command line: a default property would lose to application.yml's port, 8080.
                .run("--server.port=0", "--logging.level.root=WARN");
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        jdbc = app.getBean(JdbcTemplate.class);
        var customer = SampleCustomers.contosoBrazil();
        domainPrefix = (String) customer.get("domainPrefix");
        customerId = field(send("POST", "/api/customers", "gina", customer, Map.of()), "customerId");
        send("POST", "/api/customers/" + customerId + "/verification/approval", "vera", null, Map.of());
        send("POST", "/api/customers/" + customerId + "/mca-acceptance", "sara", mca(), Map.of());
        subscriptionId = field(send("POST", "/api/customers/" + customerId + "/subscriptions", "sara",
                Map.of("offerId", "CFQ7TTC0LH18", "quantity", 5), Map.of()), "subscriptionId");
    }

    @AfterContainer
    static void stop() {
        app.close();
    }

    @Property(tries = 400)
    @Label("no write answers a 5xx or shows a fault, and no refused write changes the event store")
    void everyWrite(@ForAll("attempts") Attempt attempt) throws Exception {
        long before = storedEvents();
        String path = attempt.write().path()
                .replace("{c}", encoded(attempt.customer().orElse(customerId)))
                .replace("{s}", encoded(attempt.subscription().orElse(subscriptionId)));

        HttpResponse<String> response = send(attempt.write().method(), path, attempt.user(), attempt.body(),
                attempt.headers());

        assertAnsweredWithoutFault(attempt.toString(), response.statusCode(), response.body());
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).as("type of the refusal of %s", attempt)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(storedEvents()).as("events after the refused %s", attempt).isEqualTo(before);
        }
    }

    @Property(tries = 300)
    @Label("no request head, however broken, gets a 5xx or an answer that shows a fault")
    void everyRequestHead(@ForAll("heads") String head) throws IOException {
        String response = raw(head);

        if (!response.isEmpty()) {
            int status = Integer.parseInt(response.substring(9, 12));
            assertAnsweredWithoutFault(head, status, response);
        }
    }

    @Provide
    Arbitrary<Attempt> attempts() {
        Arbitrary<Write> write = Arbitraries.of(WRITES);
        Arbitrary<Optional<String>> id = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(Optional.<String>empty())),
                Tuple.of(1, HostileInput.texts().filter(text -> !text.isEmpty()).map(Optional::of)));
        Arbitrary<Mutation> mutation = Arbitraries.of(Mutation.class);
        Arbitrary<Map<String, String>> headers = Arbitraries.maps(
                Arbitraries.of("If-Match", "Idempotency-Key", "Content-Type", "Accept", "X-Correlation-Id"),
                HostileInput.headerValues()).ofMaxSize(3);
        Arbitrary<String> user = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.of("gina", "adam", "sara", "ivan", "rita", "vera", "otto", "opal",
                        "nobody")));
        Arbitrary<Object> bodyChange = Arbitraries.frequencyOf(
                Tuple.of(6, Combinators.combine(Arbitraries.integers().between(0, 1000), mutation,
                        HostileInput.jsonValues()).as(Change::new)),
                Tuple.of(1, HostileInput.brokenBodies().map(body -> (Object) body)));
        return Combinators.combine(write, id, id, bodyChange, headers, user).as((endpoint, customer, subscription,
                                                                               change, header, caller) -> new Attempt(
                endpoint, customer, subscription, change instanceof Change c ? c.applyTo(endpoint.body().get()) : change,
                header, caller.isEmpty() ? endpoint.user() : caller));
    }

    /** One place of a valid body changed. */
    record Change(int at, Mutation mutation, Object value) {
        Object applyTo(Object body) {
            return body == null ? new Raw(HostileInput.json(value)) : HostileInput.mutated(body, at, mutation, value);
        }
    }

    @Provide
    Arbitrary<String> heads() {
        Arbitrary<String> method = Arbitraries.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "BREW", "", "G\u0000T");
        Arbitrary<String> target = Arbitraries.oneOf(
                Arbitraries.of("/api/customers", "/api/customers/%00", "/api/customers/%ZZ", "*", "//", "/../..",
                        "http://evil.example/", "/api/customers?q=" + "x".repeat(9000), "/" + "%2e".repeat(50)),
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(80).map(text -> "/" + text));
        Arbitrary<String> version = Arbitraries.of("HTTP/1.1", "HTTP/1.0", "HTTP/2.0", "HTTP/9", "", "http/1.1");
        Arbitrary<String> header = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMinLength(1).ofMaxLength(20),
                        Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(40))
                        .as((name, value) -> name + ": " + value),
                Arbitraries.of("Authorization: Basic " + Base64.getEncoder().encodeToString("gina:demo".getBytes()),
                        "Authorization: Basic !!!", "Authorization: Bearer x.y.z", "If-Match: W/\"1\"",
                        "X-Padding: " + "x".repeat(20_000), "Host: a", "Host: a\r\nHost: b", "Content-Type: application/json"))
                .filter(line -> !line.toLowerCase().matches("(?s)\\s*(content-length|transfer-encoding|expect|connection)\\s*:.*"));
        return Combinators.combine(method, target, version, header.list().ofMaxSize(4)).as((m, t, v, h) ->
                m + " " + t + " " + v + "\r\n" + "Host: localhost\r\n" + String.join("\r\n", h) + (h.isEmpty() ? "" : "\r\n")
                        + "Connection: close\r\n\r\n");
    }

    private static long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private static HttpResponse<String> send(String method, String path, String user, Object body,
                                             Map<String, String> headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(HostileInput.json(body)));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(HttpResponse<String> response, String name) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        var matcher = java.util.regex.Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(response.body());
        assertThat(matcher.find()).as(response.body()).isTrue();
        return matcher.group(1);
    }

    private static String raw(String head) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(3_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            var answer = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(answer);
            } catch (SocketTimeoutException | java.net.SocketException stillOpenOrReset) {
                // What came until then is the answer.
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static String encoded(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Map<String, Object> billing() {
        var customer = SampleCustomers.contosoBrazil();
        customer.keySet().retainAll(List.of("companyName", "registrationId", "primaryContact", "address"));
        return customer;
    }

    private static Map<String, Object> mca() {
        return Map.of("acceptedBy", Map.of("firstName", "Bruno", "lastName", "Lima", "email", "bruno.lima@contoso.com.br"),
                "dateAccepted", LocalDate.now().minusDays(1).toString());
    }
}
