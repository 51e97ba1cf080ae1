package io.partnerportal.onboarding.kernel.rejection;

import java.util.List;
import java.util.Map;

/**
 * A request the domain refuses: nothing was recorded. Each kind of refusal carries the HTTP status and the
 * stable {@code code} it is answered with, the sentence for people, and, where it has them, the broken
 * rules ({@link #violations()}) and further members of the answer ({@link #details()}). The HTTP layer
 * turns any of them into a problem document without knowing the kinds.
 */
public abstract class Rejection extends RuntimeException {

    private final int status;
    private final String code;
    private final List<Violation> violations;

    protected Rejection(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    /** A refusal for broken rules, each named by its field. */
    protected Rejection(int status, String code, String message, List<Violation> violations) {
        // No stack trace: a refusal is an answer to the client, not a fault to debug.
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    /** The HTTP status this refusal is answered with. */
    public int status() {
        return status;
    }

    /** The stable key a client switches on, e.g. {@code CUSTOMER_NOT_FOUND}. */
    public String code() {
        return code;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Members of the answer beside {@code code}, {@code detail} and {@code errors}, in their order. */
    public Map<String, Object> details() {
        return Map.of();
    }
}
