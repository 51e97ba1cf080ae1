package io.partnerportal.onboarding.command.customer;

import io.partnerportal.onboarding.kernel.customer.VerificationStatus;
import io.partnerportal.onboarding.kernel.rules.Violation;

import java.util.List;

/**
 * What a successful command tells its sender: the customer's new {@code version} (the number of events
 * in its stream, for {@code ETag} and read-your-writes), its verification status, any warnings, and what
 * it created, if anything (a relationship's or subscription's id, an invitation's URL). Recorded as the
 * answer to an idempotent request, so it must say everything the HTTP answer shows.
 */
public record CommandOutcome(String customerId, long version, VerificationStatus verificationStatus,
                             List<Violation> warnings, String created) {

    public CommandOutcome {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public CommandOutcome creating(String createdReference) {
        return new CommandOutcome(customerId, version, verificationStatus, warnings, createdReference);
    }
}
