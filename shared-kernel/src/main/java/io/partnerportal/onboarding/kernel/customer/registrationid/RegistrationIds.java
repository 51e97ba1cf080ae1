package io.partnerportal.onboarding.kernel.customer.registrationid;

import io.partnerportal.onboarding.kernel.customer.registrationid.RegistrationIdScheme.Verdict;
import io.partnerportal.onboarding.kernel.rejection.Violation;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * A customer's company registration id (the business tax id, never a personal id), checked against its
 * country's public format and check digit where one is known, and the key that makes it unique.
 */
public final class RegistrationIds {

    public static final String FORMAT = "REGISTRATION_ID_FORMAT";
    public static final String CHECK_DIGIT = "REGISTRATION_ID_CHECK_DIGIT";
    public static final String PERSONAL_ID = "PERSONAL_ID_NOT_ALLOWED";

    private RegistrationIds() {
    }

    /** The countries where registration id and phone are mandatory, in alphabetical order. */
    public static List<String> countriesRequiringIt() {
        return RegistrationIdSchemes.MANDATORY_COUNTRIES.stream().sorted().toList();
    }

    /** The 24 countries where registration id and phone are mandatory. */
    public static boolean requiresRegistrationIdAndPhone(String country) {
        return country != null && RegistrationIdSchemes.MANDATORY_COUNTRIES.contains(countryCode(country));
    }

    /**
     * Every violation of {@code registrationId} for {@code country} (ISO alpha-2, already validated
     * elsewhere); null/blank gives {@link Violation#required} only when the country requires the id.
     * South African years are bounded by the current year in UTC.
     */
    public static List<Violation> violations(String field, String country, String registrationId) {
        return violations(field, country, registrationId, Year.now(ZoneOffset.UTC));
    }

    /** As {@link #violations(String, String, String)}, with the current year given. */
    public static List<Violation> violations(String field, String country, String registrationId, Year thisYear) {
        if (registrationId == null || registrationId.isBlank()) {
            return requiresRegistrationIdAndPhone(country) ? List.of(Violation.required(field)) : List.of();
        }
        var scheme = scheme(country, thisYear);
        var entered = registrationId.strip();
        if (!entered.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || isSeparator(c))) {
            return List.of(formatViolation(field, scheme));
        }
        if (isPlaceholder(scheme.compact(entered))) {
            return List.of(new Violation(field, FORMAT,
                    field + " repeats one character, like a placeholder; it must be " + expected(scheme)));
        }
        return switch (scheme.examine(entered)) {
            case Verdict.Accepted accepted -> List.of();
            case Verdict.Malformed malformed -> List.of(formatViolation(field, scheme));
            case Verdict.WrongCheckDigit wrong -> List.of(new Violation(field, CHECK_DIGIT,
                    field + " is not " + scheme.name() + ": its check digit does not match"));
            case Verdict.PersonalId personal -> List.of(new Violation(field, PERSONAL_ID,
                    field + " looks like " + personal.personalId() + ": a personal id is not a company"
                            + " registration id; it must be " + expected(scheme)));
        };
    }

    /**
     * The canonical form for uniqueness checks: the significant characters, upper-cased (digits and letters,
     * no punctuation, no country prefix such as PL). Empty for a null or blank id.
     */
    public static String normalized(String country, String registrationId) {
        if (registrationId == null || registrationId.isBlank()) {
            return "";
        }
        return scheme(country, Year.now(ZoneOffset.UTC)).compact(registrationId.strip());
    }

    private static RegistrationIdScheme scheme(String country, Year thisYear) {
        return RegistrationIdSchemes.forCountry(country == null ? "" : countryCode(country), thisYear);
    }

    private static String countryCode(String country) {
        return country.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean isSeparator(int c) {
        return c == '-' || c == '/' || c == '.' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    // A value like 00000000000000 passes several check-digit algorithms but names no company.
    private static boolean isPlaceholder(String compact) {
        return compact.length() > 1 && compact.codePoints().allMatch(c -> c == compact.codePointAt(0));
    }

    private static Violation formatViolation(String field, RegistrationIdScheme scheme) {
        return new Violation(field, FORMAT, field + " must be " + expected(scheme));
    }

    private static String expected(RegistrationIdScheme scheme) {
        return scheme.name() + ": " + scheme.format();
    }
}
