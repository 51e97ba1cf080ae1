package io.partnerportal.onboarding.kernel.customer.record;

import io.partnerportal.onboarding.kernel.rejection.Violation;

import java.util.List;
import java.util.regex.Pattern;

/** A contact's phone number in international form; whether one is required is decided by the caller. */
public final class Phone {

    public static final int MIN_DIGITS = 7;
    // ITU-T E.164: at most 15 digits including the country code.
    public static final int MAX_DIGITS = 15;

    /** The characters a phone number is written with (its digits are counted apart). */
    public static final String PATTERN = "\\+?[0-9 ().-]+";

    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    private Phone() {
    }

    public static List<Violation> violations(String field, String phone) {
        if (phone == null || phone.isBlank()) {
            return List.of();
        }
        String trimmed = phone.strip();
        long digits = trimmed.chars().filter(c -> c >= '0' && c <= '9').count();
        if (!SHAPE.matcher(trimmed).matches() || digits < MIN_DIGITS || digits > MAX_DIGITS
                || !parenthesesBalance(trimmed)) {
            return List.of(new Violation(field, "PHONE_FORMAT", field + " must be a phone number such as "
                    + "'+49 30 1234567': an optional '+', then " + MIN_DIGITS + " to " + MAX_DIGITS
                    + " digits, grouped only by spaces, hyphens, dots or parentheses"));
        }
        return List.of();
    }

    private static boolean parenthesesBalance(String phone) {
        int open = 0;
        for (char c : phone.toCharArray()) {
            open += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (open < 0 || open > 1) {
                return false;
            }
        }
        return open == 0;
    }
}
