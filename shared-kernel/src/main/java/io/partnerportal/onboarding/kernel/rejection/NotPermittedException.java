package io.partnerportal.onboarding.kernel.rejection;

/** The caller's roles do not allow the request; the message says which roles would. 403. */
public class NotPermittedException extends Rejection {

    public NotPermittedException(String message) {
        super(403, "FORBIDDEN", message);
    }
}
