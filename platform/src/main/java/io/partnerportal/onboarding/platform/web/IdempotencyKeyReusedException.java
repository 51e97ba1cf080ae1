package io.partnerportal.onboarding.platform.web;

/** The Idempotency-Key was used before, by the same caller, for a different request. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was already used for a different request; use a new key for a new request.");
    }
}
