package io.partnerportal.onboarding.command.customer.web;

import io.partnerportal.onboarding.command.customer.CommandOutcome;
import io.partnerportal.onboarding.kernel.customer.command.CancelSubscription;
import io.partnerportal.onboarding.kernel.customer.command.ChangeSubscriptionQuantity;
import io.partnerportal.onboarding.kernel.customer.command.PurchaseSubscription;
import io.partnerportal.onboarding.kernel.customer.command.RenewSubscription;
import io.partnerportal.onboarding.kernel.customer.access.CustomerAction;
import io.partnerportal.onboarding.kernel.identity.Caller;
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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
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
import static io.partnerportal.onboarding.command.customer.web.CustomerCommandController.ok;

/** Buying and managing a customer's subscriptions; verification and the MCA may block it (409). */
@RestController
@RequestMapping(path = "/api/customers/{customerId}/subscriptions", produces = MediaType.APPLICATION_JSON_VALUE)
class SubscriptionCommandController {

    private final CommandDispatcher commands;

    SubscriptionCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @Operation(operationId = "purchaseSubscription", tags = ApiTags.SUBSCRIPTIONS, summary = "Buy a subscription",
            description = """
            Orders `quantity` seats of an offer. Only for a customer whose verification is `APPROVED` and whose MCA \
            is confirmed; otherwise every reason is answered in `blockedReasons`.""")
    @ApiResponse(responseCode = "201", description = "Bought: `subscriptionId` names the new subscription"
            + ", and so does `Location`.", headers = @Header(name = HttpHeaders.LOCATION, ref = OpenApiConfiguration.LOCATION))
    @Performs(CustomerAction.MANAGE_SUBSCRIPTIONS)
    @CustomerWrite
    @ConditionalWrite
    @Refusals("PURCHASE_BLOCKED")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<WriteAnswer>> purchase(@PathVariable String customerId,
                                               @RequestBody WriteRequests.Purchase request, Caller caller,
                                               ServerWebExchange exchange) {
        var command = new PurchaseSubscription(customerId, expectedVersion(exchange), UUID.randomUUID().toString(),
                request.offerId(), request.quantity());
        return commands.send(command, request, caller, exchange)
                .map(outcome -> ResponseEntity.created(URI.create("/api/customers/" + customerId + "/subscriptions/"
                                + subscriptionId(outcome)))
                        .eTag(Long.toString(outcome.version()))
                        .body(answer(outcome).withSubscriptionId(subscriptionId(outcome))));
    }

    @Operation(operationId = "changeSubscriptionQuantity", tags = ApiTags.SUBSCRIPTIONS,
            summary = "Change a subscription's quantity", description = """
            Sets the number of seats of an active subscription. Needs the customer `APPROVED` (with \
            `VERIFICATION_POLICY=RELAXED`, a reduction also goes through while it is pending); the same quantity \
            records nothing.""")
    @ApiResponse(responseCode = "200", description = "Changed, or already so.")
    @Performs(CustomerAction.MANAGE_SUBSCRIPTIONS)
    @CustomerWrite
    @ConditionalWrite
    @Refusals({"SUBSCRIPTION_NOT_FOUND", "SUBSCRIPTION_NOT_ACTIVE", "OPERATION_BLOCKED"})
    @PatchMapping(path = "/{subscriptionId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<WriteAnswer>> changeQuantity(@PathVariable String customerId,
                                                     @PathVariable String subscriptionId,
                                                     @RequestBody WriteRequests.Quantity request, Caller caller,
                                                     ServerWebExchange exchange) {
        var command = new ChangeSubscriptionQuantity(customerId, expectedVersion(exchange), subscriptionId,
                request.quantity());
        return commands.send(command, request, caller, exchange)
                .map(outcome -> ok(outcome, answer(outcome).withSubscriptionId(subscriptionId)));
    }

    @Operation(operationId = "cancelSubscription", tags = ApiTags.SUBSCRIPTIONS, summary = "Cancel a subscription",
            description = """
            Cancels an active subscription. Needs the customer `APPROVED` (with `VERIFICATION_POLICY=RELAXED`, it \
            also goes through while it is pending); cancelling a cancelled subscription records nothing.""")
    @ApiResponse(responseCode = "200", description = "Cancelled, or already so.")
    @Performs(CustomerAction.MANAGE_SUBSCRIPTIONS)
    @CustomerWrite
    @ConditionalWrite
    @Refusals({"SUBSCRIPTION_NOT_FOUND", "OPERATION_BLOCKED"})
    @DeleteMapping("/{subscriptionId}")
    Mono<ResponseEntity<WriteAnswer>> cancel(@PathVariable String customerId, @PathVariable String subscriptionId,
                                             Caller caller, ServerWebExchange exchange) {
        return commands.send(new CancelSubscription(customerId, expectedVersion(exchange), subscriptionId), null,
                        caller, exchange)
                .map(outcome -> ok(outcome, answer(outcome).withSubscriptionId(subscriptionId)));
    }

    @Operation(operationId = "renewSubscription", tags = ApiTags.SUBSCRIPTIONS, summary = "Renew a subscription",
            description = "Renews an active subscription; renewals go through whatever the customer's verification.")
    @ApiResponse(responseCode = "200", description = "Renewed.")
    @Performs(CustomerAction.MANAGE_SUBSCRIPTIONS)
    @CustomerWrite
    @ConditionalWrite
    @Refusals({"SUBSCRIPTION_NOT_FOUND", "SUBSCRIPTION_NOT_ACTIVE"})
    @PostMapping("/{subscriptionId}/renewal")
    Mono<ResponseEntity<WriteAnswer>> renew(@PathVariable String customerId, @PathVariable String subscriptionId,
                                            Caller caller, ServerWebExchange exchange) {
        return commands.send(new RenewSubscription(customerId, expectedVersion(exchange), subscriptionId), null,
                        caller, exchange)
                .map(outcome -> ok(outcome, answer(outcome).withSubscriptionId(subscriptionId)));
    }

    /** The id of what the command created: the new one, or the recorded one when an idempotent request is retried. */
    private static String subscriptionId(CommandOutcome outcome) {
        return ((CommandOutcome.Created.Subscription) outcome.created()).subscriptionId();
    }
}
