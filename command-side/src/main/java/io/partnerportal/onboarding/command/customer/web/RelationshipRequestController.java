package io.partnerportal.onboarding.command.customer.web;

import io.partnerportal.onboarding.command.customer.CustomerRegistry;
import io.partnerportal.onboarding.command.customer.CommandOutcome;
import io.partnerportal.onboarding.kernel.customer.command.RequestRelationship;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.rejection.RulesBrokenException;
import io.partnerportal.onboarding.kernel.rejection.CustomerNotFoundException;
import io.partnerportal.onboarding.kernel.rejection.Violation;
import io.partnerportal.onboarding.platform.web.Blocking;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A partner asks to work with a customer that already exists: by its id or its domain prefix. */
@RestController
@RequestMapping(path = "/api/relationship-requests", produces = MediaType.APPLICATION_JSON_VALUE)
class RelationshipRequestController {

    private final CommandDispatcher commands;
    private final CustomerRegistry registry;

    RelationshipRequestController(CommandDispatcher commands, CustomerRegistry registry) {
        this.commands = commands;
        this.registry = registry;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Map<String, String>>> request(@RequestBody WriteRequests.RelationshipRequest request,
                                                      Caller caller, ServerWebExchange exchange) {
        return customerId(request)
                .flatMap(customerId -> commands.send(new RequestRelationship(customerId, caller.partnerId(),
                        UUID.randomUUID().toString()), request, caller, exchange))
                .map(outcome -> ResponseEntity.status(HttpStatus.CREATED)
                        .body(Map.of("customerId", outcome.customerId(), "invitationUrl", ((CommandOutcome.Created.Invitation) outcome.created()).invitationUrl())));
    }

    private Mono<String> customerId(WriteRequests.RelationshipRequest request) {
        // Checked before the look-up too, so that a prefix with a control character is a 400, not a 404.
        List<Violation> unprintable = RequestTexts.violations(request);
        if (!unprintable.isEmpty()) {
            return Mono.error(new RulesBrokenException(unprintable));
        }
        boolean byId = request.customerId() != null && !request.customerId().isBlank();
        boolean byPrefix = request.domainPrefix() != null && !request.domainPrefix().isBlank();
        if (byId == byPrefix) {
            return Mono.error(new RulesBrokenException(List.of(new Violation("customerId", "ONE_OF_REQUIRED",
                    "give exactly one of customerId and domainPrefix"))));
        }
        if (byId) {
            return Mono.just(request.customerId());
        }
        return Blocking.call(() -> registry.customerWithDomainPrefix(request.domainPrefix())
                .orElseThrow(() -> new CustomerNotFoundException(request.domainPrefix())));
    }
}
