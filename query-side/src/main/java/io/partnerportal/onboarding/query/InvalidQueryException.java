package io.partnerportal.onboarding.query;

import io.partnerportal.onboarding.kernel.rejection.Rejection;
import io.partnerportal.onboarding.kernel.rejection.Violation;
import io.partnerportal.onboarding.kernel.rejection.Wording;

import java.util.List;

/** Query parameters that break the read API's rules (a page out of range, an unknown status). 400. */
public class InvalidQueryException extends Rejection {

    public InvalidQueryException(List<Violation> violations) {
        super(400, "VALIDATION_FAILED", "The query breaks " + Wording.count(violations.size(), "rule") + "; see errors.", violations);
    }
}
