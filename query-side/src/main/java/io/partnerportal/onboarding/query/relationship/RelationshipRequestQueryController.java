package io.partnerportal.onboarding.query.relationship;

import io.partnerportal.onboarding.kernel.customer.access.AccessRules;
import io.partnerportal.onboarding.kernel.customer.access.CustomerAction;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.rejection.Violation;
import io.partnerportal.onboarding.platform.web.Blocking;
import io.partnerportal.onboarding.platform.web.Problem;
import io.partnerportal.onboarding.platform.web.ProblemException;
import io.partnerportal.onboarding.query.InvalidQueryException;
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

import java.util.ArrayList;
import java.util.List;

/**
 * Relationship requests for those who may see them: a partner's staff see their own partner's, platform
 * staff see every one (with the customer found for it). Anyone else's request does not exist for the caller.
 */
@RestController
@RequestMapping(path = "/api/relationship-requests", produces = MediaType.APPLICATION_JSON_VALUE)
class RelationshipRequestQueryController {

    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_PAGE = 10_000;

    private final RelationshipRequestViews requests;

    RelationshipRequestQueryController(RelationshipRequestViews requests) {
        this.requests = requests;
    }

    @Schema(name = "RelationshipRequestPage")
    record RequestPage(List<RelationshipRequestView> items, int page, int size, long total) {
    }

    @Operation(operationId = "listRelationshipRequests", tags = ApiTags.RELATIONSHIP_REQUESTS,
            summary = "List relationship requests", description = """
            A partner's staff see their own partner's requests; platform staff see every request, with the \
            customer found for it (`foundCustomerId`).""")
    @Parameter(name = "page", description = "The page, from 0.", schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "10000", defaultValue = "0"))
    @Parameter(name = "size", description = "Requests a page.", schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
    @Performs(CustomerAction.READ_RELATIONSHIP_REQUESTS)
    @Refusals("VALIDATION_FAILED")
    @GetMapping
    Mono<RequestPage> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                           Caller caller) {
        return Blocking.call(() -> {
            AccessRules.require(caller, CustomerAction.READ_RELATIONSHIP_REQUESTS);
            var violations = new ArrayList<Violation>();
            if (page < 0 || page > MAX_PAGE) {
                violations.add(new Violation("page", "PAGE_RANGE", "page must be from 0 to " + MAX_PAGE));
            }
            if (size < 1 || size > MAX_PAGE_SIZE) {
                violations.add(new Violation("size", "SIZE_RANGE", "size must be from 1 to " + MAX_PAGE_SIZE));
            }
            if (!violations.isEmpty()) {
                throw new InvalidQueryException(violations);
            }
            boolean everyRequest = AccessRules.onEveryCustomer(caller, CustomerAction.READ_RELATIONSHIP_REQUESTS);
            var found = requests.page(everyRequest ? null : caller.partnerId(), page, size);
            return new RequestPage(found.items().stream().map(view -> shownTo(view, everyRequest)).toList(),
                    page, size, found.total());
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
