package io.partnerportal.onboarding.kernel.rejection;

/**
 * One broken rule (or, as a warning, one rule that does not block), named by the JSON path of the
 * field, a stable UPPER_SNAKE code and a sentence for people.
 */
public record Violation(String field, String code, String message) {

    public static Violation required(String field) {
        return new Violation(field, "REQUIRED", field + " is required");
    }
}
