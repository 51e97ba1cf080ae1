package io.partnerportal.onboarding.standalone;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.partnerportal.onboarding.kernel.identity.Role;
import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The OpenAPI document is the contract clients generate code from: it is committed (docs/openapi.json, linted in
 * CI), so it must be what the backend serves, say for every operation who may call it and what it answers, and
 * describe the answers as they really are.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IsolatedStores.class)
@DisplayName("The OpenAPI document")
class OpenApiDocumentTest {

    /** From the standalone module, where the tests run. */
    static final Path COMMITTED = Path.of("..", "docs", "openapi.json");
    private static final String REGENERATE = "mvn -B -ntp -pl standalone -am test -Dtest=OpenApiDocumentTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.write=true";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    @LocalServerPort
    int port;

    @Test
    @DisplayName("served at /v3/api-docs is the one committed as docs/openapi.json (-Dopenapi.write=true writes it)")
    void servedIsCommitted() throws IOException {
        String served = readable(served());
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        if (!Files.exists(COMMITTED)) {
            fail("There is no docs/openapi.json; write it with: " + REGENERATE);
        }
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        if (!committed.equals(served)) {
            fail("docs/openapi.json is not the document the backend serves: " + firstDifference(committed, served)
                    + "If the change is meant, write the file again and commit it:\n    " + REGENERATE);
        }
    }

    @Test
    @DisplayName("gives every operation a summary, an id, a tag of its own list, the roles that may call it and its problems")
    void everyOperationIsDescribed() {
        JsonNode api = JSON.readTree(served());
        List<String> tags = api.get("tags").valueStream().map(tag -> tag.get("name").asString()).toList();
        List<String> roles = Arrays.stream(Role.values()).map(Enum::name).toList();
        int operations = 0;
        for (var path : api.get("paths").properties()) {
            for (var method : path.getValue().properties()) {
                String operation = method.getKey().toUpperCase() + " " + path.getKey();
                JsonNode described = method.getValue();
                operations++;
                assertThat(described.path("summary").asString()).as("summary of %s", operation).isNotBlank();
                assertThat(described.path("operationId").asString()).as("operationId of %s", operation).matches("[a-z][A-Za-z]+");
                assertThat(described.path("tags").valueStream().map(JsonNode::asString).toList()).as("tags of %s", operation)
                        .hasSize(1).isSubsetOf(tags);
                assertThat(described.path("x-roles").valueStream().map(JsonNode::asString).toList())
                        .as("roles of %s (annotate it with @Performs or @AnySignedInCaller)", operation)
                        .isNotEmpty().isSubsetOf(roles);
                assertThat(described.path("description").asString()).as("description of %s", operation)
                        .contains("**Who may call it:**");
                assertThat(described.has("x-refusals")).as("%s keeps no working notes", operation).isFalse();
                for (var response : described.get("responses").properties()) {
                    JsonNode answer = resolved(api, response.getValue());
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        assertThat(answer.path("content").propertyNames()).as("media types of %s answering %s",
                                operation, response.getKey()).containsExactly("application/problem+json");
                        assertThat(answer.at("/content/application~1problem+json/schema/$ref").asString())
                                .isEqualTo("#/components/schemas/Problem");
                    }
                }
                assertThat(described.get("responses").propertyNames()).as("statuses of %s", operation)
                        .contains("400", "401", "500").anyMatch(status -> status.startsWith("2"));
            }
        }
        assertThat(operations).as("operations described").isGreaterThanOrEqualTo(37);
    }

    @Test
    @DisplayName("describes the answers as they are: each read and refusal of a customer's whole life fits its schema")
    void answersFitTheirSchemas() {
        JsonNode api = JSON.readTree(served());
        var lives = new CustomerLives(port);
        String id = lives.wholeLife();
        lives.rejectedCustomerOfAReseller(SampleCustomers.contosoBrazil(), null);
        String customer = "/api/customers/" + id;

        JsonNode history = fits(api, "otto", HttpMethod.GET, "/api/customers/{customerId}/history", customer + "/history", 200);
        long version = history.get("items").size();
        fits(api, "gina", HttpMethod.GET, "/api/customers/{customerId}", customer + "?minVersion=" + version, 200);
        fits(api, "gina", HttpMethod.GET, "/api/customers/{customerId}/purchase-eligibility", customer
                + "/purchase-eligibility", 200);
        fits(api, "gina", HttpMethod.GET, "/api/customers", "/api/customers", 200);
        fits(api, "vera", HttpMethod.GET, "/api/verification-queue", "/api/verification-queue", 200);
        JsonNode requests = fits(api, "vera", HttpMethod.GET, "/api/relationship-requests", "/api/relationship-requests", 200);
        fits(api, "vera", HttpMethod.GET, "/api/relationship-requests/{requestId}", "/api/relationship-requests/"
                + requests.at("/items/0/requestId").asString(), 200);
        fits(api, "rita", HttpMethod.GET, "/api/relationship-requests", "/api/relationship-requests", 200);
        fits(api, "otto", HttpMethod.GET, "/api/events", "/api/events?limit=1000", 200);
        fits(api, "gina", HttpMethod.GET, "/api/events/schemas", "/api/events/schemas", 200);
        fits(api, "otto", HttpMethod.GET, "/api/audit/events", "/api/audit/events", 200);
        fits(api, "otto", HttpMethod.GET, "/api/audit/integrity", "/api/audit/integrity", 200);
        fits(api, "otto", HttpMethod.GET, "/api/audit/proofs/consistency", "/api/audit/proofs/consistency?from=1&to=1", 200);
        fits(api, "otto", HttpMethod.GET, "/api/audit/proofs/inclusion", "/api/audit/proofs/inclusion?position=1&treeSize=1", 200);
        JsonNode projections = fits(api, "opal", HttpMethod.GET, "/api/admin/projections", "/api/admin/projections", 200);
        String projection = "/api/admin/projections/" + projections.at("/items/0/name").asString();
        fits(api, "opal", HttpMethod.GET, "/api/admin/projections/{name}/dead-letters", projection + "/dead-letters", 200);
        fits(api, "opal", HttpMethod.POST, "/api/admin/projections/{name}/dead-letters/retry", projection
                + "/dead-letters/retry", 200);
        fits(api, "opal", HttpMethod.GET, "/api/admin/projections/customer-view/integrity",
                "/api/admin/projections/customer-view/integrity", 200);

        // The check itself checks: a wrong member deep inside, behind two references, is found.
        assertThat(errors(api, JSON.readTree("{\"$ref\": \"#/components/schemas/CustomerPage\"}"),
                JSON.readTree("{\"items\": [{\"version\": \"two\"}], \"page\": 0, \"size\": 20, \"total\": 1}")))
                .as("a customer's version that is no number").isNotEmpty();

        fits(api, "gina", HttpMethod.GET, "/api/customers/{customerId}", "/api/customers/" + java.util.UUID.randomUUID(), 404);
        fits(api, "sara", HttpMethod.POST, "/api/customers/{customerId}/subscriptions", customer + "/subscriptions", 409);
        fits(api, "sara", HttpMethod.GET, "/api/customers", "/api/customers?page=-1&country=brazil", 400);
    }

    /** Calls {@code path} as {@code user}, expects {@code status}, and checks the answer against the document's schema. */
    private JsonNode fits(JsonNode api, String user, HttpMethod method, String template, String path, int status) {
        var request = ApiClient.as(user, port).method(method).uri(path);
        var exchange = method == HttpMethod.POST
                ? request.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("offerId", "CFQ7TTC0LH18", "quantity", 1)).exchange()
                : request.exchange();
        byte[] body = exchange.expectStatus().isEqualTo(status).expectBody().returnResult().getResponseBody();
        JsonNode answer = JSON.readTree(body);
        JsonNode response = resolved(api, api.at("/paths/" + escape(template) + "/" + method.name().toLowerCase()
                + "/responses/" + status));
        assertThat(response.isMissingNode()).as("%s %s documents %s", method, template, status).isFalse();
        JsonNode content = response.get("content");
        JsonNode schema = content.has("application/json") ? content.get("application/json").get("schema")
                : content.get("application/problem+json").get("schema");
        assertThat(errors(api, schema, answer)).as("%s %s (%s) answered %s", method, path, user, answer).isEmpty();
        return answer;
    }

    /** What {@code answer} breaks of {@code schema}, whose references point into the document's components. */
    private static List<com.networknt.schema.Error> errors(JsonNode api, JsonNode schema, JsonNode answer) {
        ObjectNode standalone = JSON.createObjectNode();
        standalone.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        standalone.setAll((ObjectNode) schema);
        standalone.set("components", api.get("components"));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(standalone)
                .validate(withoutNulls(answer));
    }

    /** The document says it: a member that is not required may be absent or null. */
    private static JsonNode withoutNulls(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.properties().forEach(member -> {
                if (!member.getValue().isNull()) {
                    copy.set(member.getKey(), withoutNulls(member.getValue()));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(withoutNulls(item)));
            return copy;
        }
        return node;
    }

    private static JsonNode resolved(JsonNode api, JsonNode maybeReference) {
        return maybeReference.has("$ref") ? api.at(maybeReference.get("$ref").asString().substring(1)) : maybeReference;
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }

    private String served() {
        byte[] body = ApiClient.anonymous(port).get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Pretty, two spaces, members in key order, one array item a line: a change shows as the lines it changes. */
    static String readable(String json) {
        Object tree = JSON.readValue(json, Object.class);
        var indenter = new DefaultIndenter("  ", "\n");
        var printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
        return JSON.writer().with(printer).writeValueAsString(tree) + "\n";
    }

    private static String firstDifference(String committed, String served) {
        List<String> was = committed.lines().toList();
        List<String> is = served.lines().toList();
        for (int line = 0; line < Math.max(was.size(), is.size()); line++) {
            String before = line < was.size() ? was.get(line) : "(end of file)";
            String after = line < is.size() ? is.get(line) : "(end of document)";
            if (!before.equals(after)) {
                return "line " + (line + 1) + " is\n    " + before.strip() + "\nand is served as\n    " + after.strip() + "\n";
            }
        }
        return "they differ in their line endings\n";
    }
}
