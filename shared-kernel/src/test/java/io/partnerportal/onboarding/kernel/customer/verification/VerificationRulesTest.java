package io.partnerportal.onboarding.kernel.customer.verification;

import io.partnerportal.onboarding.kernel.customer.verification.VerificationRules.Decision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Verification")
class VerificationRulesTest {

    @Nested
    @DisplayName("after a billing change")
    class AfterABillingChange {

        @ParameterizedTest(name = "a customer {0} is verified again: {1}")
        @CsvSource({"APPROVED, true", "REJECTED, true", "PENDING, false"})
        void decidedCustomersAreVerifiedAgain(VerificationStatus before, boolean restarts) {
            assertThat(VerificationRules.billingChangeRestartsVerification(before)).isEqualTo(restarts);
        }
    }

    @Nested
    @DisplayName("a decision")
    class ADecision {

        @ParameterizedTest(name = "{1} of a customer {0}: {2}")
        @CsvSource({
                "PENDING,  APPROVED, RECORD",
                "PENDING,  REJECTED, RECORD",
                "APPROVED, APPROVED, ALREADY_DECIDED",
                "REJECTED, REJECTED, ALREADY_DECIDED",
                "APPROVED, REJECTED, NOT_PENDING",
                "REJECTED, APPROVED, NOT_PENDING"})
        void onlyAPendingVerificationIsDecided(VerificationStatus current, VerificationStatus decision, Decision outcome) {
            assertThat(VerificationRules.decide(current, decision)).isEqualTo(outcome);
        }
    }

    @Nested
    @DisplayName("a rejection's reason")
    class ARejectionReason {

        @Test
        @DisplayName("is required, and blanks are no reason")
        void required() {
            assertThat(VerificationRules.rejectionReasonViolations(null)).extracting("code").containsExactly("REQUIRED");
            assertThat(VerificationRules.rejectionReasonViolations("  ")).extracting("code").containsExactly("REQUIRED");
        }

        @Test
        @DisplayName("has at most 1000 characters, not counting blanks around it")
        void atMost1000Characters() {
            assertThat(VerificationRules.rejectionReasonViolations(" " + "x".repeat(1000) + " ")).isEmpty();
            assertThat(VerificationRules.rejectionReasonViolations("x".repeat(1001)))
                    .extracting("field", "code").containsExactly(org.assertj.core.groups.Tuple.tuple("reason", "REASON_LENGTH"));
        }
    }
}
