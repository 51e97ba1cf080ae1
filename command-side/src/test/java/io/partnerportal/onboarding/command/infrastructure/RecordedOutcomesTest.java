package io.partnerportal.onboarding.command.infrastructure;

import io.partnerportal.onboarding.command.customer.CommandOutcome;
import io.partnerportal.onboarding.command.customer.CommandOutcome.Created;
import io.partnerportal.onboarding.kernel.customer.command.ApproveVerification;
import io.partnerportal.onboarding.kernel.customer.command.GrantGdap;
import io.partnerportal.onboarding.kernel.customer.command.PurchaseSubscription;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationStatus;
import io.partnerportal.onboarding.platform.storage.StoredJsonConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The recorded answer of an idempotent request")
class RecordedOutcomesTest {

    private final RecordedOutcomes outcomes = new RecordedOutcomes(StoredJsonConfiguration.newMapper());

    /** As the idempotency table held them before the outcome was typed (2026-11, Boot 3.5). */
    private static String legacy(String created) {
        return "{\"customerId\":\"c-1\",\"version\":9,\"verificationStatus\":\"APPROVED\",\"warnings\":[],\"created\":"
                + (created == null ? "null" : "\"" + created + "\"") + "}";
    }

    @Test
    @DisplayName("reads back what it wrote, with what the command created")
    void roundTrip() {
        var outcome = new CommandOutcome("c-1", 3, VerificationStatus.PENDING, List.of(), new Created.Subscription("s-1"));
        assertThat(outcomes.read(outcomes.write(outcome), new PurchaseSubscription("c-1", null, "s-2", "O", 1)))
                .isEqualTo(outcome);
    }

    @Test
    @DisplayName("written before the outcome was typed, names what the retried command created")
    void legacyCreatedBecomesTyped() {
        assertThat(outcomes.read(legacy("s-1"), new PurchaseSubscription("c-1", null, "s-2", "O", 1)).created())
                .isEqualTo(new Created.Subscription("s-1"));
        assertThat(outcomes.read(legacy("r-1"), new GrantGdap("c-1", null, null)).created())
                .isEqualTo(new Created.GdapRelationship("r-1"));
    }

    @Test
    @DisplayName("written before the outcome was typed, keeps version and status when nothing was created")
    void legacyWithoutCreated() {
        CommandOutcome outcome = outcomes.read(legacy(null), new ApproveVerification("c-1", null));
        assertThat(outcome.created()).isNull();
        assertThat(outcome.version()).isEqualTo(9);
        assertThat(outcome.verificationStatus()).isEqualTo(VerificationStatus.APPROVED);
    }
}
