package io.partnerportal.onboarding.command.infrastructure;

import io.partnerportal.onboarding.kernel.rejection.Rejection;

/** The Idempotency-Key was used before, by the same caller, for a different request. 422. */
class IdempotencyKeyReusedException extends Rejection {

    IdempotencyKeyReusedException() {
        super(422, "IDEMPOTENCY_KEY_REUSED",
                "This Idempotency-Key was already used for a different request; use a new key for a new request.");
    }
}
