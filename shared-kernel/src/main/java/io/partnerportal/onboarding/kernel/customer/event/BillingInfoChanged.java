package io.partnerportal.onboarding.kernel.customer.event;

import io.partnerportal.onboarding.kernel.customer.record.BillingProfile;
import io.partnerportal.onboarding.kernel.rejection.Violation;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The customer's billing information changed; carries the whole new profile and any warnings. */
@Revision("1")
public record BillingInfoChanged(String customerId, BillingProfile billingProfile, List<Violation> warnings) implements CustomerEvent {
}
