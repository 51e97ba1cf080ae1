package io.partnerportal.onboarding.command.relationship;

import io.partnerportal.onboarding.kernel.identity.Attribution;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.identity.PartnerKind;
import io.partnerportal.onboarding.kernel.identity.Role;
import io.partnerportal.onboarding.kernel.relationship.OpenRelationshipRequest;
import io.partnerportal.onboarding.kernel.relationship.RelationshipRequestOpened;
import io.partnerportal.onboarding.kernel.relationship.RelationshipRequests;
import io.partnerportal.onboarding.kernel.rejection.NotPermittedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A relationship request")
class RelationshipRequestAggregateTest {

    static final Caller RITA = new Caller("rita", "P-2100", PartnerKind.INDIRECT_RESELLER, Set.of(Role.INDIRECT_RESELLER));
    static final Caller VERA = new Caller("vera", null, null, Set.of(Role.VERIFICATION_OFFICER));
    static final String REQUEST = RelationshipRequests.idFor("P-2100", "c-1", null);

    private AggregateTestFixture<RelationshipRequestAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RelationshipRequestAggregate.class);
        fixture.registerInjectableResource((RelationshipInvitations) (id, partner) -> "https://invite.test/" + partner + "/" + id);
    }

    @Test
    @DisplayName("is opened in a stream of its own, with the invitation for the customer's admin")
    void opened() {
        fixture.givenNoPriorActivity()
                .when(new OpenRelationshipRequest(REQUEST, "P-2100", "c-1", null, "inv-1", true), Attribution.of(RITA, "req-1"))
                .expectEvents(new RelationshipRequestOpened(REQUEST, "P-2100", "rita", "c-1", null, "https://invite.test/P-2100/inv-1", true))
                .expectResultMessagePayload(new RelationshipRequestAnswer(REQUEST, RelationshipRequests.Status.PENDING,
                        "https://invite.test/P-2100/inv-1", true));
    }

    @Test
    @DisplayName("asked for again, answers the pending request and records nothing")
    void repeatAnswersThePendingOne() {
        fixture.given(new RelationshipRequestOpened(REQUEST, "P-2100", "rita", "c-1", null, "https://invite.test/P-2100/inv-1", true))
                .when(new OpenRelationshipRequest(REQUEST, "P-2100", "c-1", null, "inv-2", true), Attribution.of(RITA, "req-2"))
                .expectNoEvents()
                .expectResultMessagePayload(new RelationshipRequestAnswer(REQUEST, RelationshipRequests.Status.PENDING,
                        "https://invite.test/P-2100/inv-1", false));
    }

    @Test
    @DisplayName("is not opened by platform staff, who request nothing")
    void staffDoNotRequest() {
        fixture.givenNoPriorActivity()
                .when(new OpenRelationshipRequest(REQUEST, null, "c-1", null, "inv-1", true), Attribution.of(VERA, "req-1"))
                .expectNoEvents()
                .expectException(NotPermittedException.class);
    }

    @Test
    @DisplayName("has one id per requester and customer, whether the customer is named by id or found by its prefix")
    void onePerRequesterAndCustomer() {
        assertThat(RelationshipRequests.idFor("P-2100", "c-1", "contosobr")).isEqualTo(RelationshipRequests.idFor("P-2100", "c-1", null));
        assertThat(RelationshipRequests.idFor("P-2100", null, "ContosoBR")).isEqualTo(RelationshipRequests.idFor("P-2100", null, "contosobr"));
        assertThat(RelationshipRequests.idFor("P-2000", "c-1", null)).isNotEqualTo(REQUEST);
        assertThat(RelationshipRequests.idFor("P-2100", "c-2", null)).isNotEqualTo(REQUEST);
    }
}
