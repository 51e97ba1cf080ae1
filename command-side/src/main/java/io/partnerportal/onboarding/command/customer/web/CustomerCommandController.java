package io.partnerportal.onboarding.command.customer.web;

import io.partnerportal.onboarding.command.customer.CommandOutcome;
import io.partnerportal.onboarding.kernel.customer.record.BillingProfile;
import io.partnerportal.onboarding.kernel.customer.mca.McaAcceptance;
import io.partnerportal.onboarding.kernel.customer.command.ApproveVerification;
import io.partnerportal.onboarding.kernel.customer.command.ChangeBillingInfo;
import io.partnerportal.onboarding.kernel.customer.command.ConfirmMca;
import io.partnerportal.onboarding.kernel.customer.command.DisableCostManagement;
import io.partnerportal.onboarding.kernel.customer.command.EnableCostManagement;
import io.partnerportal.onboarding.kernel.customer.command.RejectVerification;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.rejection.RulesBrokenException;
import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static io.partnerportal.onboarding.command.customer.web.CommandDispatcher.expectedVersion;

/** The write API for a customer's record, MCA, verification and cost management (HTTP contract, "Writes"). */
@RestController
@RequestMapping(path = "/api/customers", produces = MediaType.APPLICATION_JSON_VALUE)
class CustomerCommandController {

    private final CommandDispatcher commands;

    CustomerCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<WriteAnswer>> add(@RequestBody AddCustomerRequest request, Caller caller,
                                          ServerWebExchange exchange) {
        var command = request.toCommand(UUID.randomUUID().toString(), caller.partnerId(), UUID.randomUUID().toString());
        return commands.send(command, request, caller, exchange)
                .map(outcome -> ResponseEntity.created(URI.create("/api/customers/" + outcome.customerId()))
                        .eTag(Long.toString(outcome.version()))
                        .body(answer(outcome).withVerification(outcome.verificationStatus(), outcome.warnings())));
    }

    @PutMapping(path = "/{customerId}/billing-profile", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<WriteAnswer>> changeBillingInfo(@PathVariable String customerId,
                                                        @RequestBody BillingProfile request, Caller caller,
                                                        ServerWebExchange exchange) {
        return commands.send(new ChangeBillingInfo(customerId, expectedVersion(exchange), request), request, caller,
                        exchange)
                .map(outcome -> ok(outcome, answer(outcome).withVerification(outcome.verificationStatus(),
                        outcome.warnings())));
    }

    @PostMapping(path = "/{customerId}/mca-acceptance", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<WriteAnswer>> confirmMca(@PathVariable String customerId, @RequestBody McaAcceptance request,
                                                 Caller caller, ServerWebExchange exchange) {
        return commands.send(new ConfirmMca(customerId, expectedVersion(exchange), request), request, caller, exchange)
                .map(outcome -> ok(outcome, answer(outcome)));
    }

    @PostMapping("/{customerId}/verification/approval")
    Mono<ResponseEntity<WriteAnswer>> approve(@PathVariable String customerId, Caller caller,
                                              ServerWebExchange exchange) {
        return commands.send(new ApproveVerification(customerId, expectedVersion(exchange)), null, caller, exchange)
                .map(outcome -> ok(outcome, answer(outcome).withVerification(outcome.verificationStatus(), null)));
    }

    @PostMapping(path = "/{customerId}/verification/rejection", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<WriteAnswer>> reject(@PathVariable String customerId,
                                             @RequestBody WriteRequests.Rejection request, Caller caller,
                                             ServerWebExchange exchange) {
        return commands.send(new RejectVerification(customerId, expectedVersion(exchange), request.reason()), request,
                        caller, exchange)
                .map(outcome -> ok(outcome, answer(outcome).withVerification(outcome.verificationStatus(), null)));
    }

    @PutMapping(path = "/{customerId}/cost-management", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<WriteAnswer>> costManagement(@PathVariable String customerId,
                                                     @RequestBody WriteRequests.CostManagement request, Caller caller,
                                                     ServerWebExchange exchange) {
        if (request.enabled() == null) {
            return Mono.error(new RulesBrokenException(List.of(Violation.required("enabled"))));
        }
        Long expected = expectedVersion(exchange);
        Object command = request.enabled() ? new EnableCostManagement(customerId, expected)
                : new DisableCostManagement(customerId, expected);
        return commands.send(command, request, caller, exchange).map(outcome -> ok(outcome, answer(outcome)));
    }

    static WriteAnswer answer(CommandOutcome outcome) {
        return WriteAnswer.of(outcome.customerId(), outcome.version());
    }

    static ResponseEntity<WriteAnswer> ok(CommandOutcome outcome, WriteAnswer body) {
        return ResponseEntity.ok().eTag(Long.toString(outcome.version())).body(body);
    }
}
