package io.partnerportal.onboarding.kernel.identity;

import io.partnerportal.onboarding.kernel.rejection.Violation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A partner's id as the platform names partners: {@code P-} and one to ten digits ({@code P-1000}). Every
 * customer, event and feed entry is scoped by it, so an id that is empty or differently spelled would be a
 * partner of its own: it is refused wherever an id enters from outside (a bearer token's {@code partner_id}).
 */
public final class PartnerId {

    public static final int MAX_DIGITS = 10;

    /** A partner id as a regular expression: what the rule checks, and what the API's documentation states. */
    public static final String PATTERN = "P-[0-9]{1," + MAX_DIGITS + "}";

    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    private PartnerId() {
    }

    public static List<Violation> violations(String field, String id) {
        if (id == null) {
            return List.of(Violation.required(field));
        }
        if (!FORMAT.matcher(id).matches()) {
            return List.of(new Violation(field, "PARTNER_ID_FORMAT", field + " must be P- followed by 1 to "
                    + MAX_DIGITS + " digits, such as P-1000"));
        }
        return List.of();
    }
}
