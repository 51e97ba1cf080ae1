package io.partnerportal.onboarding.kernel.customer.event;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The published name of an event")
class EventTypesTest {

    @Test
    @DisplayName("says what happened to a customer, and the revision of its data")
    void names() {
        assertThat(EventTypes.of(CustomerAdded.class)).isEqualTo("partner.customer.added.v" + EventTypes.revisionOf(CustomerAdded.class));
        assertThat(EventTypes.of(SubscriptionQuantityChanged.class)).isEqualTo("partner.customer.subscription.quantity.changed.v1");
        assertThat(EventTypes.of(McaAcceptanceConfirmed.class)).isEqualTo("partner.customer.mca.acceptance.confirmed.v1");
    }

    @Test
    @DisplayName("is one per event, and leads back to its class")
    void onePerEvent() {
        assertThat(EventTypes.all()).doesNotHaveDuplicates().hasSize(CustomerEvent.class.getPermittedSubclasses().length);
        EventTypes.all().forEach(type -> assertThat(EventTypes.of(EventTypes.classOf(type))).isEqualTo(type));
        assertThat(EventTypes.classOf("partner.customer.nothing.v1")).isNull();
    }
}
