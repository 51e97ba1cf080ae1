package io.partnerportal.onboarding.platform.openapi;

import io.partnerportal.onboarding.kernel.customer.access.CustomerAction;
import io.partnerportal.onboarding.kernel.customer.subscription.BlockedReason;
import io.partnerportal.onboarding.platform.identity.SecurityConfiguration;
import io.partnerportal.onboarding.platform.web.CorrelationIdFilter;
import io.partnerportal.onboarding.platform.web.Problem;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Gives every operation the problem responses it can really answer, once the whole document is known: the codes
 * its annotations named ({@link ContractAnnotations}), those every request can get (a malformed header, no
 * credentials, an {@code Accept} it cannot meet, a request line or headers too long for the server, a failure
 * of ours), those of every write (the per-caller rate limit) and of every body (rules, size, media type), and
 * the 403 of the paths the security configuration keeps for operators. Each status is one response of
 * {@code application/problem+json} with the one {@code Problem} schema, saying what each of its codes means and
 * showing an example of each. Also puts {@code X-Correlation-Id} on every operation and response.
 */
@Component
class ProblemResponses implements OpenApiCustomizer {

    static final List<String> EVERY_OPERATION = List.of("MALFORMED_REQUEST", "UNAUTHENTICATED", "INVALID_TOKEN",
            "NOT_ACCEPTABLE", "URI_TOO_LONG", "REQUEST_HEADER_FIELDS_TOO_LARGE", "INTERNAL_ERROR");
    static final List<String> EVERY_WRITE = List.of("RATE_LIMITED");
    static final List<String> EVERY_BODY = List.of("VALIDATION_FAILED", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE");

    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);
    /** Answered by the server before the request is read, so before a correlation id is taken or made. */
    private static final Set<Integer> BEFORE_THE_REQUEST = Set.of(414, 431);
    private static final String EXAMPLES = "#/components/examples/";
    private static final String RESPONSES = "#/components/responses/";

    private final JsonMapper json;
    private final List<PathPattern> operatorPaths;

    ProblemResponses(JsonMapper json) {
        this.json = json;
        this.operatorPaths = SecurityConfiguration.OPERATOR_PATHS.stream().map(PathPatternParser.defaultInstance::parse)
                .toList();
    }

    @Override
    public void customise(OpenAPI api) {
        Components components = api.getComponents();
        components.addSchemas("Violation", violationSchema());
        // Shared with purchase eligibility, which has it already where the query side is in the document.
        components.getSchemas().putIfAbsent("BlockedReason", Schemas.string()._enum(Arrays.stream(BlockedReason.values())
                .map(Enum::name).map(Object.class::cast).toList()));
        components.addSchemas("Problem", problemSchema());
        var used = new Used();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            var codes = new LinkedHashSet<>(EVERY_OPERATION);
            if (operatorPaths.stream().anyMatch(pattern -> pattern.matches(PathContainer.parsePath(path)))) {
                codes.addAll(WhoMayCall.operatorsOnly().describe(operation));
            }
            if (operation.getExtensions() != null && operation.getExtensions().remove(ContractAnnotations.REFUSALS)
                    instanceof List<?> named) {
                named.forEach(code -> codes.add((String) code));
            }
            if (WRITES.contains(method)) {
                codes.addAll(EVERY_WRITE);
            }
            if (operation.getRequestBody() != null) {
                codes.addAll(EVERY_BODY);
            }
            operation.getResponses().values().forEach(response -> {
                response.addHeaderObject(CorrelationIdFilter.HEADER, new Header().$ref(OpenApiConfiguration.CORRELATION_ID_HEADER));
                // A reference stands alone: springdoc gives an annotation's referenced header a style of its own.
                response.getHeaders().values().stream().filter(header -> header.get$ref() != null)
                        .forEach(header -> header.setStyle(null));
            });
            operation.addParametersItem(new Parameter().$ref(OpenApiConfiguration.CORRELATION_ID));
            addProblems(operation, codes, used);
        }));
        // The shared responses first: their examples are among those used.
        used.sharedResponses.forEach(status -> components.addResponses(sharedName(status), response(status,
                codesAt(status, EVERY_OPERATION), null, used)));
        used.examples.forEach(code -> components.addExamples(code, example(KnownProblems.of(code).example(), code)));
    }

    private void addProblems(Operation operation, Set<String> codes, Used used) {
        var byStatus = new TreeMap<Integer, List<String>>();
        codes.forEach(code -> byStatus.computeIfAbsent(KnownProblems.of(code).status().value(), key -> new ArrayList<>())
                .add(code));
        String action = operation.getExtensions() == null ? null : (String) operation.getExtensions().get(WhoMayCall.ACTION);
        byStatus.forEach((status, atStatus) -> {
            ApiResponse response;
            if (atStatus.equals(codesAt(status, EVERY_OPERATION))) {
                used.sharedResponses.add(status);
                response = new ApiResponse().$ref(RESPONSES + sharedName(status));
            } else {
                response = response(status, atStatus, action, used);
            }
            operation.getResponses().addApiResponse(Integer.toString(status), response);
        });
    }

    /** One status's response: what each code means, an example of each, and the headers that come with it. */
    private ApiResponse response(int status, List<String> codes, String action, Used used) {
        var examples = new LinkedHashMap<String, Example>();
        for (String code : codes) {
            if (code.equals("FORBIDDEN") && action != null) {
                // The 403 of an action of the access table, in the very words the table answers it with.
                examples.put(code, example(WhoMayCall.performing(CustomerAction.valueOf(action)).forbidden().orElseThrow(),
                        code));
            } else {
                used.examples.add(code);
                examples.put(code, new Example().$ref(EXAMPLES + code));
            }
        }
        var response = new ApiResponse()
                .description(codes.size() == 1 ? meaning(codes.getFirst())
                        : codes.stream().map(code -> "- " + meaning(code)).collect(Collectors.joining("\n")))
                .content(new Content().addMediaType(Problem.MEDIA_TYPE, new MediaType()
                        .schema(Schemas.ref("Problem")).examples(examples)));
        if (!BEFORE_THE_REQUEST.contains(status)) {
            response.addHeaderObject(CorrelationIdFilter.HEADER, new Header().$ref(OpenApiConfiguration.CORRELATION_ID_HEADER));
        }
        if (status == HttpStatus.TOO_MANY_REQUESTS.value() || status == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            response.addHeaderObject(HttpHeaders.RETRY_AFTER, new Header().$ref(OpenApiConfiguration.RETRY_AFTER));
        }
        if (status == HttpStatus.UNAUTHORIZED.value()) {
            response.addHeaderObject(HttpHeaders.WWW_AUTHENTICATE, new Header().$ref(OpenApiConfiguration.WWW_AUTHENTICATE));
        }
        return response;
    }

    private static String meaning(String code) {
        return "`" + code + "`: " + KnownProblems.of(code).meaning();
    }

    private Example example(Problem problem, String code) {
        @SuppressWarnings("unchecked")
        Map<String, Object> sent = json.convertValue(problem, LinkedHashMap.class);
        return new Example().summary(code).value(sent);
    }

    private static List<String> codesAt(int status, List<String> codes) {
        return codes.stream().filter(code -> KnownProblems.of(code).status().value() == status).toList();
    }

    /** "UriTooLong" for 414: the status's name, as a component's name. */
    private static String sharedName(int status) {
        return Arrays.stream(HttpStatus.valueOf(status).name().split("_"))
                .map(word -> word.charAt(0) + word.substring(1).toLowerCase()).collect(Collectors.joining());
    }

    private static Schema<?> violationSchema() {
        return Schemas.object()
                .description("One rule: broken (in a problem's `errors`) or only worth a warning (in a write's `warnings`).")
                .addProperty("field", Schemas.string().description("What the rule is about: a body's member by its JSON "
                        + "path (`primaryContact.email`, `roles[2]`), a parameter, a header or a token's claim."))
                .addProperty("code", Schemas.string().description("The rule's stable code, e.g. `EMAIL_FORMAT`, `REQUIRED`."))
                .addProperty("message", Schemas.string().description("The rule, in a sentence for people."))
                .required(List.of("field", "code", "message"));
    }

    private static Schema<?> problemSchema() {
        return Schemas.object()
                .description("An RFC 9457 problem document: every error of the API is one, with a stable `code` to "
                        + "switch on. Members beyond the standard ones appear with the codes that have them.")
                .addProperty("type", Schemas.string().format("uri").description("A URN per code, "
                        + "`urn:partner-portal:problem:<code in kebab case>`; it dereferences nowhere."))
                .addProperty("title", Schemas.string().description("The HTTP status's reason phrase."))
                .addProperty("status", Schemas.integer("int32").description("The HTTP status."))
                .addProperty("detail", Schemas.string().description("What went wrong, for people."))
                .addProperty("code", Schemas.string().description("The stable key of the problem, e.g. "
                        + "`CUSTOMER_NOT_FOUND`; each operation's responses list the codes it answers."))
                .addProperty("errors", Schemas.array(Schemas.ref("Violation")).description("Every broken rule (400), or "
                        + "the rule a refused token broke (401); absent when there is none."))
                .addProperty("blockedReasons", Schemas.array(Schemas.ref("BlockedReason"))
                        .description("`PURCHASE_BLOCKED`, `OPERATION_BLOCKED`: every reason the operation is blocked."))
                .addProperty("field", Schemas.string().description("`CUSTOMER_ALREADY_EXISTS`: which value is taken, "
                        + "`domainPrefix` or `registrationId`."))
                .addProperty("relationshipRequestUrl", Schemas.string().format("uri-reference")
                        .description("`CUSTOMER_ALREADY_EXISTS`: where to ask to work with the existing customer."))
                .addProperty("relationshipRequest", Schemas.object()
                        .addProperty("domainPrefix", Schemas.string())
                        .description("`CUSTOMER_ALREADY_EXISTS`: the body to send to `relationshipRequestUrl`, naming "
                                + "the existing customer by its domain prefix (empty when that is not known)."))
                .addProperty("retryAfterSeconds", Schemas.integer("int64").minimum(BigDecimal.ONE)
                        .description("`RATE_LIMITED`, `TOO_MANY_OPEN`: what `Retry-After` says, in seconds."))
                .required(List.of("type", "title", "status", "detail", "code"));
    }

    /** The shared examples and responses the operations refer to, so that only those are in the document. */
    private static final class Used {
        final Set<String> examples = new TreeSet<>();
        final Set<Integer> sharedResponses = new TreeSet<>();
    }
}
