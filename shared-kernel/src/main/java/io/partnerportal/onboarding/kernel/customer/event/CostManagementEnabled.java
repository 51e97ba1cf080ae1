package io.partnerportal.onboarding.kernel.customer.event;

import org.axonframework.serialization.Revision;

/** The customer may now see the cost of its Azure usage at pay-as-you-go rates. */
@Revision("1")
public record CostManagementEnabled(String customerId) implements CustomerEvent {
}
