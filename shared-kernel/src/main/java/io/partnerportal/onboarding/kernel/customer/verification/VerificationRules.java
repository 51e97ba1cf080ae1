package io.partnerportal.onboarding.kernel.customer.verification;

import io.partnerportal.onboarding.kernel.rejection.Violation;

import java.util.List;

/**
 * The rules of verification: who is verified again, which verifications can be decided, and what a
 * rejection must say. Pure functions of the customer's current status.
 */
public final class VerificationRules {

    public static final int MAX_REJECTION_REASON_LENGTH = 1000;

    /** What deciding a verification does, given where it stands. */
    public enum Decision {
        /** The customer is pending: the decision is recorded. */
        RECORD,
        /** The same decision stands already: nothing to record, the answer is the same. */
        ALREADY_DECIDED,
        /** The other decision stands: only a pending verification can be decided. */
        NOT_PENDING
    }

    private VerificationRules() {
    }

    /**
     * Every billing change of a customer that was approved or rejected sends it back to verification,
     * every time; a pending customer simply stays pending.
     */
    public static boolean billingChangeRestartsVerification(VerificationStatus before) {
        return before != VerificationStatus.PENDING;
    }

    /** Approving ({@code decision} APPROVED) or rejecting (REJECTED) a customer that is {@code current}. */
    public static Decision decide(VerificationStatus current, VerificationStatus decision) {
        if (decision == VerificationStatus.PENDING) {
            throw new IllegalArgumentException("A decision is APPROVED or REJECTED");
        }
        if (current == decision) {
            return Decision.ALREADY_DECIDED;
        }
        return current == VerificationStatus.PENDING ? Decision.RECORD : Decision.NOT_PENDING;
    }

    /** A rejection says why, in 1 to 1000 characters (leading and trailing blanks do not count). */
    public static List<Violation> rejectionReasonViolations(String reason) {
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty()) {
            return List.of(new Violation("reason", "REQUIRED", "reason must say why, in 1 to 1000 characters"));
        }
        if (stripped.length() > MAX_REJECTION_REASON_LENGTH) {
            return List.of(new Violation("reason", "REASON_LENGTH", "reason must say why, in 1 to 1000 characters"));
        }
        return List.of();
    }
}
