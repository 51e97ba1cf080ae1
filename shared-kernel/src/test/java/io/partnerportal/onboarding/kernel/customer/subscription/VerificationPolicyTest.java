package io.partnerportal.onboarding.kernel.customer.subscription;

import io.partnerportal.onboarding.kernel.customer.verification.VerificationStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The verification policy table")
class VerificationPolicyTest {

    @ParameterizedTest(name = "{0}: {1} while {2}, MCA confirmed {3} -> blocked by [{4}]")
    @CsvSource(delimiter = ';', value = {
            "ARTICLE; PURCHASE;          APPROVED; true;  ",
            "ARTICLE; PURCHASE;          APPROVED; false; MCA_NOT_CONFIRMED",
            "ARTICLE; PURCHASE;          PENDING;  false; VERIFICATION_PENDING MCA_NOT_CONFIRMED",
            "ARTICLE; PURCHASE;          REJECTED; true;  VERIFICATION_REJECTED",
            "ARTICLE; INCREASE_QUANTITY; PENDING;  true;  VERIFICATION_PENDING",
            "ARTICLE; DECREASE_QUANTITY; PENDING;  true;  VERIFICATION_PENDING",
            "ARTICLE; CANCEL;            PENDING;  true;  VERIFICATION_PENDING",
            "ARTICLE; CANCEL;            APPROVED; false; ",
            "ARTICLE; RENEW;             PENDING;  false; ",
            "ARTICLE; RENEW;             REJECTED; false; ",
            "RELAXED; DECREASE_QUANTITY; PENDING;  true;  ",
            "RELAXED; CANCEL;            PENDING;  true;  ",
            "RELAXED; INCREASE_QUANTITY; PENDING;  true;  VERIFICATION_PENDING",
            "RELAXED; PURCHASE;          PENDING;  true;  VERIFICATION_PENDING",
            "RELAXED; CANCEL;            REJECTED; true;  VERIFICATION_REJECTED",
    })
    @DisplayName("blocks what the article says, and the relaxed policy lets reductions and cancellations through")
    void blocks(VerificationPolicy policy, SubscriptionOperation operation, VerificationStatus status,
                boolean mcaConfirmed, String expected) {
        List<BlockedReason> reasons = expected == null ? List.of()
                : Arrays.stream(expected.trim().split(" +")).map(BlockedReason::valueOf).toList();

        assertThat(policy.blockedReasons(operation, status, mcaConfirmed)).isEqualTo(reasons);
    }
}
