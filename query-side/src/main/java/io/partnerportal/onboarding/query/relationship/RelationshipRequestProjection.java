package io.partnerportal.onboarding.query.relationship;

import io.partnerportal.onboarding.kernel.relationship.RelationshipRequestOpened;
import io.partnerportal.onboarding.kernel.relationship.RelationshipRequests.Status;
import io.partnerportal.onboarding.query.processing.Projections;
import io.partnerportal.onboarding.query.relationship.RelationshipRequestViews.NamedCustomer;
import io.partnerportal.onboarding.query.relationship.RelationshipRequestViews.RelationshipRequestView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Keeps one view per relationship request; writing a request's view again is harmless, so replays are too. */
@Component
@ProcessingGroup(Projections.RELATIONSHIP_REQUESTS)
class RelationshipRequestProjection {

    private final RelationshipRequestViews views;

    RelationshipRequestProjection(RelationshipRequestViews views) {
        this.views = views;
    }

    @EventHandler
    void on(RelationshipRequestOpened opened, @Timestamp Instant requestedAt) {
        // Named by prefix: the id beside it is the customer found, which only staff see; named by id: as given.
        var named = opened.domainPrefix() != null ? new NamedCustomer(null, opened.domainPrefix())
                : new NamedCustomer(opened.customerId(), null);
        views.save(new RelationshipRequestView(opened.requestId(), opened.requesterPartnerId(), opened.requestedBy(),
                Status.PENDING, opened.invitationUrl(), requestedAt, named, opened.foundCustomerId()));
    }
}
