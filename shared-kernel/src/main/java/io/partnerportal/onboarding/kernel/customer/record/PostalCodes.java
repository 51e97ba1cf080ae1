package io.partnerportal.onboarding.kernel.customer.record;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/** Which countries use postal codes, and the shape of the code where it is known. */
public final class PostalCodes {

    private record Format(Pattern pattern, String description) {
    }

    // No postal code system in general use, or (IE's Eircode) one that addresses need not carry: a code is
    // accepted but not demanded. When unsure a country is listed here, since demanding a code that does not
    // exist blocks the customer while missing one only loses a check.
    private static final Set<String> NOT_REQUIRED_IN = Set.of("AE", "AG", "AI", "AO", "AQ", "AW", "BF", "BI", "BJ",
            "BO", "BQ", "BS", "BV", "BW", "BZ", "CD", "CF", "CG", "CI", "CK", "CM", "CW", "DJ", "DM", "ER", "ET", "FJ",
            "GA", "GD", "GH", "GM", "GN", "GQ", "GW", "GY", "HK", "HM", "HN", "IE", "JM", "KI", "KM", "KN", "KP", "LC",
            "LY", "ML", "MO", "MR", "MS", "MW", "NR", "NU", "PA", "QA", "RW", "SB", "SC", "SD", "SL", "SO", "SR",
            "SS", "ST", "SX", "SY", "TD", "TF", "TG", "TK", "TL", "TO", "TT", "TV", "UG", "VU", "YE", "ZM", "ZW");

    private static final Format FOUR_DIGITS = format("\\d{4}", "4 digits, such as 1234");
    private static final Format FIVE_DIGITS = format("\\d{5}", "5 digits, such as 12345");
    private static final Format SIX_DIGITS = format("\\d{6}", "6 digits, such as 123456");

    private static final Map<String, Format> FORMATS = Map.ofEntries(
            entry("US", format("\\d{5}(-\\d{4})?", "12345 or 12345-6789")),
            // Canada Post never uses D, F, I, O, Q or U, nor W or Z as the first letter.
            entry("CA", format("[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d", "A1A 1A1")),
            // Outward code (SW1A), then inward code: a digit and two letters that are never C, I, K, M, O or V.
            entry("GB", format("[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[ABD-HJLNP-UW-Z]{2}|GIR ?0AA", "SW1A 1AA or M1 1AE")),
            entry("IE", format("([AC-FHKNPRTV-Y]\\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}", "an Eircode such as D02 X285")),
            entry("DE", FIVE_DIGITS), entry("FR", FIVE_DIGITS), entry("IT", FIVE_DIGITS), entry("ES", FIVE_DIGITS),
            entry("FI", FIVE_DIGITS), entry("MX", FIVE_DIGITS), entry("TR", FIVE_DIGITS), entry("UA", FIVE_DIGITS),
            entry("TH", FIVE_DIGITS), entry("KR", FIVE_DIGITS), entry("MY", FIVE_DIGITS), entry("ID", FIVE_DIGITS),
            entry("HR", FIVE_DIGITS), entry("EE", FIVE_DIGITS),
            entry("SA", format("\\d{5}(-\\d{4})?", "5 digits, such as 12345, optionally followed by -6789")),
            entry("AU", FOUR_DIGITS), entry("HU", FOUR_DIGITS), entry("ZA", FOUR_DIGITS), entry("AT", FOUR_DIGITS),
            entry("BE", FOUR_DIGITS), entry("CH", FOUR_DIGITS), entry("DK", FOUR_DIGITS), entry("NO", FOUR_DIGITS),
            entry("NZ", FOUR_DIGITS), entry("PH", FOUR_DIGITS), entry("SI", FOUR_DIGITS), entry("BG", FOUR_DIGITS),
            entry("RU", SIX_DIGITS), entry("VN", SIX_DIGITS), entry("BY", SIX_DIGITS), entry("CN", SIX_DIGITS),
            entry("SG", SIX_DIGITS), entry("RO", SIX_DIGITS),
            // Kazakhstan added alphanumeric codes (A01 P3K4) in 2015; the older 6-digit codes are still in use.
            entry("KZ", format("\\d{6}|[A-Z]\\d{2} ?[A-Z\\d]{4}", "6 digits such as 050000, or A01 P3K4")),
            entry("IN", format("[1-9]\\d{2} ?\\d{3}", "6 digits not starting with 0, such as 110001")),
            entry("NL", format("[1-9]\\d{3} ?[A-Z]{2}", "1234 AB")),
            entry("BR", format("\\d{5}-?\\d{3}", "12345-678")),
            entry("PL", format("\\d{2}-\\d{3}", "12-345")),
            entry("JP", format("\\d{3}-?\\d{4}", "123-4567")),
            entry("PT", format("\\d{4}-\\d{3}", "1234-567")),
            entry("SE", format("\\d{3} ?\\d{2}", "123 45")), entry("CZ", format("\\d{3} ?\\d{2}", "123 45")),
            entry("SK", format("\\d{3} ?\\d{2}", "123 45")), entry("GR", format("\\d{3} ?\\d{2}", "123 45")),
            entry("IL", format("\\d{7}", "7 digits, such as 1234567")));

    private PostalCodes() {
    }

    public static boolean isRequiredIn(String country) {
        return !NOT_REQUIRED_IN.contains(country);
    }

    /** Whether the code has the country's shape (trimmed, case-insensitive); true where no shape is kept. */
    public static boolean matches(String country, String postalCode) {
        Format format = FORMATS.get(country);
        return format == null || (postalCode != null
                && format.pattern().matcher(postalCode.strip().toUpperCase(Locale.ROOT)).matches());
    }

    /** The expected shape in words, where one is kept for the country. */
    public static Optional<String> formatOf(String country) {
        return Optional.ofNullable(FORMATS.get(country)).map(Format::description);
    }

    private static Format format(String regex, String description) {
        return new Format(Pattern.compile(regex), description);
    }
}
