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
import io.partnerportal.onboarding.kernel.customer.access.CustomerAction;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.rejection.RulesBrokenException;
import io.partnerportal.onboarding.kernel.rejection.Violation;
import io.partnerportal.onboarding.platform.openapi.ApiTags;
import io.partnerportal.onboarding.platform.openapi.ConditionalWrite;
import io.partnerportal.onboarding.platform.openapi.CustomerWrite;
import io.partnerportal.onboarding.platform.openapi.OpenApiConfiguration;
import io.partnerportal.onboarding.platform.openapi.Performs;
import io.partnerportal.onboarding.platform.openapi.Refusals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
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

    @Operation(operationId = "addCustomer", tags = ApiTags.CUSTOMERS, summary = "Add a customer", description = """
            Adds a customer of the caller's partner; an indirect provider may add it for one of its own resellers \
            (`associatedResellerId`). The customer starts `PENDING` verification. With `defaultGdapConsent` (true \
            unless sent false) the default GDAP relationship is created with it, which makes the answer's version 2. \
            Every broken rule is answered at once; a company name holding a web domain is only a warning, answered \
            in `warnings` and recorded.""")
    @ApiResponse(responseCode = "201", description = "Added: `Location` is where the customer is read.",
            headers = @Header(name = HttpHeaders.LOCATION, ref = OpenApiConfiguration.LOCATION))
    @Performs(CustomerAction.ADD_CUSTOMER)
    @CustomerWrite
    @Refusals("CUSTOMER_ALREADY_EXISTS")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<WriteAnswer>> add(@RequestBody AddCustomerRequest request, Caller caller,
                                          ServerWebExchange exchange) {
        var command = request.toCommand(UUID.randomUUID().toString(), caller.partnerId(), UUID.randomUUID().toString());
        return commands.send(command, request, caller, exchange)
                .map(outcome -> ResponseEntity.created(URI.create("/api/customers/" + outcome.customerId()))
                        .eTag(Long.toString(outcome.version()))
                        .body(answer(outcome).withVerification(outcome.verificationStatus(), outcome.warnings())));
    }

    @Operation(operationId = "changeBillingInfo", tags = ApiTags.CUSTOMERS, summary = "Change the billing profile",
            description = """
            Replaces the company name, registration id, primary contact and address, checked by the same rules as \
            on adding. A change sends an `APPROVED` or `REJECTED` customer back to `PENDING` verification \
            (reason `BILLING_CHANGE`), so purchases are blocked until it is approved again; a profile equal to the \
            current one records nothing. A new registration id must not be another customer's.""")
    @ApiResponse(responseCode = "200", description = "Changed, or already so.")
    @Performs(CustomerAction.CHANGE_BILLING_INFO)
    @CustomerWrite
    @ConditionalWrite
    @Refusals("CUSTOMER_ALREADY_EXISTS")
    @PutMapping(path = "/{customerId}/billing-profile", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<WriteAnswer>> changeBillingInfo(@PathVariable String customerId,
                                                        @RequestBody BillingProfile request, Caller caller,
                                                        ServerWebExchange exchange) {
        return commands.send(new ChangeBillingInfo(customerId, expectedVersion(exchange), request), request, caller,
                        exchange)
                .map(outcome -> ok(outcome, answer(outcome).withVerification(outcome.verificationStatus(),
                        outcome.warnings())));
    }

    @Operation(operationId = "confirmMca", tags = ApiTags.MCA, summary = "Confirm the MCA acceptance", description = """
            Records who at the customer accepted the Microsoft Customer Agreement, and on which day (not in the \
            future). The same person and day again records nothing.""")
    @ApiResponse(responseCode = "200", description = "Confirmed, or already so.")
    @Performs(CustomerAction.CONFIRM_MCA)
    @CustomerWrite
    @ConditionalWrite
    @PostMapping(path = "/{customerId}/mca-acceptance", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<WriteAnswer>> confirmMca(@PathVariable String customerId, @RequestBody McaAcceptance request,
                                                 Caller caller, ServerWebExchange exchange) {
        return commands.send(new ConfirmMca(customerId, expectedVersion(exchange), request), request, caller, exchange)
                .map(outcome -> ok(outcome, answer(outcome)));
    }

    @Operation(operationId = "approveVerification", tags = ApiTags.VERIFICATION, summary = "Approve the verification",
            description = """
            Approves a `PENDING` customer, after which subscriptions may be bought (with the MCA confirmed). \
            Approving an approved customer again records nothing; a rejected one cannot be approved until a billing \
            change submits it again.""")
    @ApiResponse(responseCode = "200", description = "Approved, or already so.")
    @Performs(CustomerAction.DECIDE_VERIFICATION)
    @CustomerWrite
    @ConditionalWrite
    @Refusals("VERIFICATION_NOT_PENDING")
    @PostMapping("/{customerId}/verification/approval")
    Mono<ResponseEntity<WriteAnswer>> approve(@PathVariable String customerId, Caller caller,
                                              ServerWebExchange exchange) {
        return commands.send(new ApproveVerification(customerId, expectedVersion(exchange)), null, caller, exchange)
                .map(outcome -> ok(outcome, answer(outcome).withVerification(outcome.verificationStatus(), null)));
    }

    @Operation(operationId = "rejectVerification", tags = ApiTags.VERIFICATION, summary = "Reject the verification",
            description = """
            Rejects a `PENDING` customer, saying why; nothing can then be bought or changed in its subscriptions \
            but renewals. Rejecting a rejected customer again records nothing; an approved one cannot be rejected \
            until a billing change submits it again.""")
    @ApiResponse(responseCode = "200", description = "Rejected, or already so.")
    @Performs(CustomerAction.DECIDE_VERIFICATION)
    @CustomerWrite
    @ConditionalWrite
    @Refusals("VERIFICATION_NOT_PENDING")
    @PostMapping(path = "/{customerId}/verification/rejection", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<WriteAnswer>> reject(@PathVariable String customerId,
                                             @RequestBody WriteRequests.Rejection request, Caller caller,
                                             ServerWebExchange exchange) {
        return commands.send(new RejectVerification(customerId, expectedVersion(exchange), request.reason()), request,
                        caller, exchange)
                .map(outcome -> ok(outcome, answer(outcome).withVerification(outcome.verificationStatus(), null)));
    }

    @Operation(operationId = "setCostManagement", tags = ApiTags.COST_MANAGEMENT,
            summary = "Enable or disable cost management", description = """
            Enabling needs the MCA to be confirmed; setting what is set already records nothing.""")
    @ApiResponse(responseCode = "200", description = "Set, or already so.")
    @Performs(CustomerAction.MANAGE_COST_MANAGEMENT)
    @CustomerWrite
    @ConditionalWrite
    @Refusals("OPERATION_BLOCKED")
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
