package io.partnerportal.onboarding.kernel.rejection;

import java.util.List;
import java.util.Map;

/**
 * The command is well-formed and allowed but the customer's current state does not permit it: answered
 * 409 with a stable {@code code} and, for blocked operations, every reason ({@code blockedReasons}).
 */
public class ConflictException extends Rejection {

    private final List<String> blockedReasons;

    public ConflictException(String code, String message, List<String> blockedReasons) {
        super(409, code, message);
        this.blockedReasons = List.copyOf(blockedReasons);
    }

    public ConflictException(String code, String message) {
        this(code, message, List.of());
    }

    public List<String> blockedReasons() {
        return blockedReasons;
    }

    @Override
    public Map<String, Object> details() {
        return blockedReasons.isEmpty() ? Map.of() : Map.of("blockedReasons", blockedReasons);
    }
}
