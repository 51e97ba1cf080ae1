package io.partnerportal.onboarding.kernel.rules;

/** The caller's roles do not allow the command; the message says what they may do instead. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
