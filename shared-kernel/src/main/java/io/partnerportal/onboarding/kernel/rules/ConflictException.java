package io.partnerportal.onboarding.kernel.rules;

import java.util.List;

/**
 * The command is well-formed and allowed but the customer's current state does not permit it: answered
 * 409 with a stable {@code code} and, for blocked operations, every reason.
 */
public class ConflictException extends RuntimeException {

    private final String code;
    private final List<String> blockedReasons;

    public ConflictException(String code, String message, List<String> blockedReasons) {
        super(message);
        this.code = code;
        this.blockedReasons = List.copyOf(blockedReasons);
    }

    public ConflictException(String code, String message) {
        this(code, message, List.of());
    }

    public String code() {
        return code;
    }

    public List<String> blockedReasons() {
        return blockedReasons;
    }
}
