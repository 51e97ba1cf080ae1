package io.partnerportal.onboarding.kernel.customer.record;

import io.partnerportal.onboarding.kernel.rejection.Violation;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The prefix of the customer's initial domain, {@code <prefix>.onmicrosoft.com}. */
public final class DomainPrefix {

    public static final String SUFFIX = ".onmicrosoft.com";
    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 27;

    /** A prefix as a regular expression: what the rule checks, and what the API's documentation states. */
    public static final String PATTERN = "[A-Za-z][A-Za-z0-9]{" + (MIN_LENGTH - 1) + "," + (MAX_LENGTH - 1) + "}";

    private static final Pattern PREFIX = Pattern.compile(PATTERN);

    private DomainPrefix() {
    }

    public static List<Violation> violations(String field, String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return List.of(Violation.required(field));
        }
        String trimmed = prefix.strip();
        if (trimmed.toLowerCase(Locale.ROOT).endsWith(SUFFIX)) {
            return List.of(new Violation(field, "DOMAIN_PREFIX_FORMAT", field + " must be only the prefix, such as "
                    + "'contoso', without '" + SUFFIX + "'"));
        }
        if (!PREFIX.matcher(trimmed).matches()) {
            return List.of(new Violation(field, "DOMAIN_PREFIX_FORMAT", field + " must be " + MIN_LENGTH + " to "
                    + MAX_LENGTH + " ASCII letters and digits starting with a letter, without hyphens, dots or "
                    + "spaces"));
        }
        return List.of();
    }

    /** The form uniqueness is decided on: trimmed and lower-cased; null stays null. */
    public static String normalized(String prefix) {
        return prefix == null ? null : prefix.strip().toLowerCase(Locale.ROOT);
    }
}
