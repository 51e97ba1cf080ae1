package io.partnerportal.onboarding.kernel.customer.event;

import org.axonframework.serialization.Revision;

/** The customer no longer sees the cost of its Azure usage. */
@Revision("1")
public record CostManagementDisabled(String customerId) implements CustomerEvent {
}
