package io.partnerportal.onboarding.command.customer.web;

import io.partnerportal.onboarding.kernel.identity.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.UUID;

/** The write API for customers (HTTP contract, "Writes"). */
@RestController
@RequestMapping(path = "/api/customers", produces = MediaType.APPLICATION_JSON_VALUE)
class CustomerCommandController {

    private final CommandDispatcher commands;

    CustomerCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<CustomerAddedResponse>> add(@RequestBody AddCustomerRequest request, Caller caller,
                                                    ServerWebExchange exchange) {
        String customerId = UUID.randomUUID().toString();
        return commands.send(request.toCommand(customerId, caller.partnerId()), caller, exchange)
                .map(outcome -> ResponseEntity.created(URI.create("/api/customers/" + customerId))
                        .eTag(Long.toString(outcome.version()))
                        .body(new CustomerAddedResponse(customerId, outcome.version(),
                                outcome.verificationStatus(), outcome.warnings())));
    }
}
