package io.partnerportal.onboarding.kernel.rejection;

/**
 * A conditional write ({@code If-Match}) named a version the customer is no longer at: someone changed it
 * since the sender read it. Versions are the contract's (the number of events). 412.
 */
public class VersionMismatchException extends Rejection {

    public VersionMismatchException(long expected, long actual) {
        super(412, "VERSION_MISMATCH", "The customer changed since version " + expected + " (it is now at " + actual
                + "); read it again and retry.");
    }
}
