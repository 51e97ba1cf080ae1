package io.partnerportal.onboarding.command.customer;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationStatus;
import io.partnerportal.onboarding.kernel.rejection.Violation;

import java.util.List;

/**
 * What a successful command tells its sender: the customer's new {@code version} (the number of events
 * in its stream, for {@code ETag} and read-your-writes), its verification status, any warnings, and what
 * it created, if anything. Recorded as the answer to an idempotent request, so it must say everything the
 * HTTP answer shows.
 */
public record CommandOutcome(String customerId, long version, VerificationStatus verificationStatus,
                             List<Violation> warnings, Created created) {

    public CommandOutcome {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public CommandOutcome creating(Created what) {
        return new CommandOutcome(customerId, version, verificationStatus, warnings, what);
    }

    /** What a command created beside its events, named in the answer and its {@code Location}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(value = Created.Subscription.class, name = "subscription"),
            @JsonSubTypes.Type(value = Created.GdapRelationship.class, name = "gdapRelationship"),
            @JsonSubTypes.Type(value = Created.Invitation.class, name = "invitation")})
    public sealed interface Created {

        record Subscription(String subscriptionId) implements Created {
        }

        record GdapRelationship(String relationshipId) implements Created {
        }

        /** Only in answers recorded while relationship requests were written to the customer's stream. */
        record Invitation(String invitationUrl) implements Created {
        }
    }
}
