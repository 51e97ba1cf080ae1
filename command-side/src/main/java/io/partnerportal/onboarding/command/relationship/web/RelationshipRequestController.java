package io.partnerportal.onboarding.command.relationship.web;

import io.partnerportal.onboarding.command.customer.CustomerRegistry;
import io.partnerportal.onboarding.command.customer.web.IdempotencyKeys;
import io.partnerportal.onboarding.command.customer.web.RequestTexts;
import io.partnerportal.onboarding.command.relationship.RelationshipRequestAnswer;
import io.partnerportal.onboarding.kernel.customer.access.AccessRules;
import io.partnerportal.onboarding.kernel.customer.access.CustomerAction;
import io.partnerportal.onboarding.kernel.identity.Attribution;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.relationship.OpenRelationshipRequest;
import io.partnerportal.onboarding.kernel.relationship.RelationshipRequests;
import io.partnerportal.onboarding.kernel.rejection.RulesBrokenException;
import io.partnerportal.onboarding.kernel.rejection.Violation;
import io.partnerportal.onboarding.platform.web.Blocking;
import io.partnerportal.onboarding.platform.web.CorrelationIdFilter;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import io.partnerportal.onboarding.platform.openapi.ApiTags;
import io.partnerportal.onboarding.platform.openapi.IdempotentWrite;
import io.partnerportal.onboarding.platform.openapi.OpenApiConfiguration;
import io.partnerportal.onboarding.platform.openapi.Performs;
import io.partnerportal.onboarding.platform.openapi.Refusals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A partner asks to work with a customer that already exists, named by its id or its domain prefix. The
 * answer is the same for a customer that exists and one that does not, and costs the same one lookup: the
 * requester learns nothing about customers it may not see, not even their internal ids.
 */
@RestController
@RequestMapping(path = "/api/relationship-requests", produces = MediaType.APPLICATION_JSON_VALUE)
class RelationshipRequestController {

    private static final Logger log = LoggerFactory.getLogger(RelationshipRequestController.class);
    /** Customer ids and domain prefixes are short, visible ASCII; anything else names no customer. */
    private static final Pattern NAME = Pattern.compile("[\\x21-\\x7E]{1,64}");

    private final CommandGateway commands;
    private final CustomerRegistry registry;
    private final IdempotencyKeys idempotencyKeys;

    RelationshipRequestController(CommandGateway commands, CustomerRegistry registry, IdempotencyKeys idempotencyKeys) {
        this.commands = commands;
        this.registry = registry;
        this.idempotencyKeys = idempotencyKeys;
    }

    /** The customer the requester names: by its id, or by its domain prefix. */
    record RelationshipRequestBody(String customerId, String domainPrefix) {
    }

    @Schema(name = "RelationshipRequestAnswer")
    record Answer(String requestId, RelationshipRequests.Status status, String invitationUrl) {
    }

    @Operation(operationId = "requestRelationship", tags = ApiTags.RELATIONSHIP_REQUESTS,
            summary = "Ask to work with an existing customer", description = """
            Opens a request to the customer named by its id or its domain prefix (exactly one). The customer's \
            global admin accepts it at `invitationUrl`. A partner has one request per customer: asking again \
            answers the pending one (200), and a retry with the same `Idempotency-Key` the first answer (201). \
            The answer is the same whether the customer exists or not.""")
    @ApiResponse(responseCode = "201", description = "Opened: `Location` is where the request is read.",
            headers = @Header(name = HttpHeaders.LOCATION, ref = OpenApiConfiguration.LOCATION))
    @ApiResponse(responseCode = "200", description = "The partner's pending request to this customer, as opened before.",
            headers = @Header(name = HttpHeaders.LOCATION, ref = OpenApiConfiguration.LOCATION))
    @Performs(CustomerAction.REQUEST_RELATIONSHIP)
    @IdempotentWrite
    @Refusals("BUSY")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Answer>> request(@RequestBody RelationshipRequestBody body, Caller caller, ServerWebExchange exchange) {
        var metaData = Attribution.of(caller, CorrelationIdFilter.of(exchange));
        return Mono.fromCallable(() -> {
                    Named named = named(body);
                    idempotencyKeys.addTo(metaData, body, exchange);
                    return named;
                })
                .flatMap(named -> Blocking.call(() -> command(named, caller)))
                .flatMap(command -> Mono.fromFuture(() -> commands.<RelationshipRequestAnswer>send(
                        GenericCommandMessage.asCommandMessage(command).andMetaData(metaData))))
                .map(answer -> {
                    log.info("Relationship request {} {}", answer.requestId(), answer.opened() ? "opened" : "repeated");
                    var response = answer.opened()
                            ? ResponseEntity.created(URI.create("/api/relationship-requests/" + answer.requestId()))
                            : ResponseEntity.ok().location(URI.create("/api/relationship-requests/" + answer.requestId()));
                    return response.body(new Answer(answer.requestId(), answer.status(), answer.invitationUrl()));
                });
    }

    /** A customer named by id or by domain prefix; exactly one. */
    private record Named(String customerId, String domainPrefix) {
    }

    private static Named named(RelationshipRequestBody body) {
        boolean byId = body != null && body.customerId() != null;
        boolean byPrefix = body != null && body.domainPrefix() != null;
        if (byId == byPrefix) {
            throw new RulesBrokenException(List.of(new Violation("customerId", "ONE_OF_REQUIRED",
                    "give exactly one of customerId and domainPrefix")));
        }
        List<Violation> unprintable = RequestTexts.violations(body);
        if (!unprintable.isEmpty()) {
            throw new RulesBrokenException(unprintable);
        }
        String field = byId ? "customerId" : "domainPrefix";
        String value = byId ? body.customerId() : body.domainPrefix();
        if (!NAME.matcher(value).matches()) {
            throw new RulesBrokenException(List.of(new Violation(field, "NAME_FORMAT",
                    field + " must be 1 to 64 visible ASCII characters")));
        }
        return byId ? new Named(value, null) : new Named(null, value);
    }

    /**
     * Finds the customer named, by id or by domain prefix: one lookup, made whether or not it exists, so that
     * neither the answer nor its time tells the requester.
     */
    private OpenRelationshipRequest command(Named named, Caller caller) {
        AccessRules.require(caller, CustomerAction.REQUEST_RELATIONSHIP);
        String customerId = named.customerId() != null ? named.customerId()
                : registry.customerWithDomainPrefix(named.domainPrefix()).orElse(null);
        boolean found = named.customerId() != null ? registry.isCustomer(customerId) : customerId != null;
        String requestId = RelationshipRequests.idFor(caller.partnerId(), customerId, named.domainPrefix());
        return new OpenRelationshipRequest(requestId, caller.partnerId(), customerId, named.domainPrefix(),
                UUID.randomUUID().toString(), found);
    }
}
