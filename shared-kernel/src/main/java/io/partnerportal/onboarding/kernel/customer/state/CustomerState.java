package io.partnerportal.onboarding.kernel.customer.state;

import io.partnerportal.onboarding.kernel.customer.VerificationStatus;
import io.partnerportal.onboarding.kernel.customer.event.CustomerAdded;
import io.partnerportal.onboarding.kernel.customer.event.CustomerEvent;

/**
 * What the command side needs to remember about a customer to decide the next command: a pure fold of
 * its events. Only what a rule reads lives here; the full record is in the events.
 */
public record CustomerState(String customerId, String partnerId, String associatedResellerId,
                            VerificationStatus verificationStatus) {

    /** The state after one more event; {@code current} is null before the first. */
    public static CustomerState evolve(CustomerState current, CustomerEvent event) {
        return switch (event) {
            case CustomerAdded added -> new CustomerState(added.customerId(), added.partnerId(),
                    added.associatedResellerId(), added.verificationStatus());
        };
    }
}
