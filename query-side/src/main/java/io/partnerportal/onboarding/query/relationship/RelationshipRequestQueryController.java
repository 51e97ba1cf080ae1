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
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;


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
