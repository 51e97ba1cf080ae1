package io.partnerportal.onboarding.query.relationship;

import io.partnerportal.onboarding.kernel.customer.access.AccessRules;
import io.partnerportal.onboarding.kernel.customer.access.CustomerAction;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.platform.web.Blocking;
import io.partnerportal.onboarding.platform.web.Problem;
import io.partnerportal.onboarding.platform.web.ProblemException;
import io.partnerportal.onboarding.query.Page;
import io.partnerportal.onboarding.query.PageRequest;
import io.partnerportal.onboarding.query.relationship.RelationshipRequestViews.RelationshipRequestView;
import org.springframework.http.HttpStatus;
import io.partnerportal.onboarding.platform.openapi.ApiTags;
import io.partnerportal.onboarding.platform.openapi.Performs;
import io.partnerportal.onboarding.platform.openapi.Refusals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;


/**
 * Relationship requests for those who may see them: a partner's staff see their own partner's, platform
 * staff see every one (with the customer found for it). Anyone else's request does not exist for the caller.
 */
@RestController
@RequestMapping(path = "/api/relationship-requests", produces = MediaType.APPLICATION_JSON_VALUE)
class RelationshipRequestQueryController {

    private final RelationshipRequestViews requests;

    RelationshipRequestQueryController(RelationshipRequestViews requests) {
        this.requests = requests;
    }

    @Schema(name = "RelationshipRequestPage", description = "A page of relationship requests, newest first.")
    record RequestPage(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<RelationshipRequestView> items,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0") int page,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "100",
                               description = "The page's size as applied: the one asked for, at most 100.") int size,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long total) {
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "A page of requests.",
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @Schema(implementation = RequestPage.class)))
    @Operation(operationId = "listRelationshipRequests", tags = ApiTags.RELATIONSHIP_REQUESTS,
            summary = "List relationship requests", description = """
            A partner's staff see their own partner's requests; platform staff see every request, with the \
            customer found for it (`foundCustomerId`).""")
    @Parameter(name = "page", description = "The page, from 0.", schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "21474836", defaultValue = "0"))
    @Parameter(name = "size", description = "Requests a page, from 1; more than 100 is served as 100.", schema = @Schema(type = "integer", format = "int32", minimum = "1", defaultValue = "20"))
    @Performs(CustomerAction.READ_RELATIONSHIP_REQUESTS)
    @Refusals("VALIDATION_FAILED")
    @GetMapping
    Mono<Page<RelationshipRequestView>> list(@RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size,
                                             Caller caller) {
        return Blocking.call(() -> {
            AccessRules.require(caller, CustomerAction.READ_RELATIONSHIP_REQUESTS);
            var request = PageRequest.of(page, size);
            boolean everyRequest = AccessRules.onEveryCustomer(caller, CustomerAction.READ_RELATIONSHIP_REQUESTS);
            var found = requests.page(everyRequest ? null : caller.partnerId(), request.page(), request.size());
            return new Page<>(found.items().stream().map(view -> shownTo(view, everyRequest)).toList(),
                    request.page(), request.size(), found.total());
        });
    }

    @Operation(operationId = "getRelationshipRequest", tags = ApiTags.RELATIONSHIP_REQUESTS,
            summary = "Read a relationship request", description = "Another partner's request is not found.")
    @Performs(CustomerAction.READ_RELATIONSHIP_REQUESTS)
    @Refusals("RELATIONSHIP_REQUEST_NOT_FOUND")
    @GetMapping("/{requestId}")
    Mono<RelationshipRequestView> one(@PathVariable String requestId, Caller caller) {
        return Blocking.call(() -> {
            AccessRules.require(caller, CustomerAction.READ_RELATIONSHIP_REQUESTS);
            boolean everyRequest = AccessRules.onEveryCustomer(caller, CustomerAction.READ_RELATIONSHIP_REQUESTS);
            return requests.find(requestId)
                    .filter(view -> everyRequest || view.requesterPartnerId().equals(caller.partnerId()))
                    .map(view -> shownTo(view, everyRequest))
                    .orElseThrow(() -> new ProblemException(Problem.of(HttpStatus.NOT_FOUND, "RELATIONSHIP_REQUEST_NOT_FOUND",
                            "No relationship request " + requestId + " that you may see.")));
        });
    }

    private static RelationshipRequestView shownTo(RelationshipRequestView view, boolean platformStaff) {
        return platformStaff ? view : view.asSeenByRequester();
    }
}
