package io.partnerportal.onboarding.kernel.rejection;

import java.util.List;

/**
 * A request broke one or more rules; nothing was recorded. Carries every violation at once so that a
 * client can fix all of them in one round trip. Answered 400 {@code VALIDATION_FAILED}.
 */
public class RulesBrokenException extends Rejection {

    public RulesBrokenException(List<Violation> violations) {
        super(400, "VALIDATION_FAILED", "The request breaks " + Wording.count(violations.size(), "rule") + "; see errors.", violations);
    }
}
