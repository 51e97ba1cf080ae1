package io.partnerportal.onboarding.command.customer.web;

import io.partnerportal.onboarding.command.customer.CommandOutcome;
import io.partnerportal.onboarding.kernel.customer.command.GrantGdap;
import io.partnerportal.onboarding.kernel.customer.access.CustomerAction;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.platform.openapi.ApiTags;
import io.partnerportal.onboarding.platform.openapi.ConditionalWrite;
import io.partnerportal.onboarding.platform.openapi.CustomerWrite;
import io.partnerportal.onboarding.platform.openapi.OpenApiConfiguration;
import io.partnerportal.onboarding.platform.openapi.Performs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.UUID;

import static io.partnerportal.onboarding.command.customer.web.CommandDispatcher.expectedVersion;
import static io.partnerportal.onboarding.command.customer.web.CustomerCommandController.answer;

/** Granting GDAP relationships (HTTP contract, "Writes"). */
@RestController
@RequestMapping(path = "/api/customers/{customerId}/gdap-relationships", produces = MediaType.APPLICATION_JSON_VALUE)
class GdapCommandController {

    private final CommandDispatcher commands;

    GdapCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @Operation(operationId = "grantGdap", tags = ApiTags.GDAP, summary = "Grant a GDAP relationship", description = """
            Grants the partner delegated admin roles at the customer for 1 to 730 days (730 unless said). The \
            display name is unique among the customer's relationships; each role and security group is named once; \
            auto-extension is not allowed with `GLOBAL_ADMINISTRATOR`; a security group's roles are some of the \
            relationship's.""")
    @ApiResponse(responseCode = "201", description = "Granted: `relationshipId` names the new relationship"
            + ", and so does `Location`.", headers = @Header(name = HttpHeaders.LOCATION, ref = OpenApiConfiguration.LOCATION))
    @Performs(CustomerAction.GRANT_GDAP)
    @CustomerWrite
    @ConditionalWrite
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<WriteAnswer>> grant(@PathVariable String customerId, @RequestBody WriteRequests.GdapGrant request,
                                            Caller caller, ServerWebExchange exchange) {
        var command = new GrantGdap(customerId, expectedVersion(exchange), request.toRelationship(UUID.randomUUID().toString()));
        return commands.send(command, request, caller, exchange)
                .map(outcome -> ResponseEntity.created(URI.create("/api/customers/" + customerId
                                + "/gdap-relationships/" + relationshipId(outcome)))
                        .eTag(Long.toString(outcome.version()))
                        .body(answer(outcome).withRelationshipId(relationshipId(outcome))));
    }

    /** The id of what the command created: the new one, or the recorded one when an idempotent request is retried. */
    private static String relationshipId(CommandOutcome outcome) {
        return ((CommandOutcome.Created.GdapRelationship) outcome.created()).relationshipId();
    }
}
