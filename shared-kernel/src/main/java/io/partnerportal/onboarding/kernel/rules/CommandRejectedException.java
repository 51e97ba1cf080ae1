package io.partnerportal.onboarding.kernel.rules;

import java.util.List;

/**
 * A command broke one or more rules; nothing was recorded. Carries every violation at once so that a
 * client can fix all of them in one round trip.
 */
public class CommandRejectedException extends RuntimeException {

    private final List<Violation> violations;

    public CommandRejectedException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b)
                .orElse("rejected");
    }
}
