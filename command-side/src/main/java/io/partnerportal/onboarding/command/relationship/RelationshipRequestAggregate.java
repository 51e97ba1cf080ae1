package io.partnerportal.onboarding.command.relationship;

import io.partnerportal.onboarding.kernel.customer.access.AccessRules;
import io.partnerportal.onboarding.kernel.customer.access.CustomerAction;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.relationship.OpenRelationshipRequest;
import io.partnerportal.onboarding.kernel.relationship.RelationshipRequestOpened;
import io.partnerportal.onboarding.kernel.relationship.RelationshipRequests.Status;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One partner's request to work with one customer, in a stream of its own: requests never burden the
 * customer's stream, its version or its owner's history, and however often a partner asks, there is one
 * request per requester and customer — a repeat answers the pending one.
 */
@Aggregate
public class RelationshipRequestAggregate {

    @AggregateIdentifier
    private String requestId;
    private Status status;
    private String invitationUrl;

    protected RelationshipRequestAggregate() {
        // Axon rebuilds the aggregate from its events, or makes it empty for a first request.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public RelationshipRequestAnswer handle(OpenRelationshipRequest command, Caller caller, RelationshipInvitations invitations) {
        AccessRules.require(caller, CustomerAction.REQUEST_RELATIONSHIP);
        if (status == Status.PENDING) {
            return new RelationshipRequestAnswer(requestId, status, invitationUrl, false);
        }
        apply(new RelationshipRequestOpened(command.requestId(), command.requesterPartnerId(), caller.userId(),
                command.customerId(), command.domainPrefix(), invitations.urlFor(command.invitationId(), command.requesterPartnerId()),
                command.customerFound()));
        return new RelationshipRequestAnswer(requestId, status, invitationUrl, true);
    }

    @EventSourcingHandler
    void on(RelationshipRequestOpened opened) {
        requestId = opened.requestId();
        status = Status.PENDING;
        invitationUrl = opened.invitationUrl();
    }
}
