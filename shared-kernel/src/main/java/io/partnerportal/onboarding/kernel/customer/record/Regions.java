package io.partnerportal.onboarding.kernel.customer.record;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** States, provinces and prefectures: where an address needs one, and the codes of the countries with short lists. */
public final class Regions {

    // Countries whose postal addresses name the state, province, union state or prefecture as a line of its own
    // (US, CA, AU, BR, MX, IN, CN, JP). Elsewhere (e.g. IT, ES, DE) a region is accepted but not demanded.
    private static final Set<String> REQUIRED_IN = Set.of("US", "CA", "AU", "BR", "MX", "IN", "CN", "JP");

    // USPS abbreviations: 50 states, DC, the inhabited territories and the freely associated states.
    private static final Set<String> US = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI",
            "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
            "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
            "VA", "WA", "WV", "WI", "WY", "DC", "AS", "GU", "MP", "PR", "VI", "FM", "MH", "PW");
    private static final Set<String> CA = Set.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC",
            "SK", "YT");
    private static final Set<String> AU = Set.of("ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA");
    private static final Set<String> BR = Set.of("AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT",
            "MS", "MG", "PA", "PB", "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO");
    private static final Map<String, Set<String>> CODES = Map.of("US", US, "CA", CA, "AU", AU, "BR", BR);
    private static final Map<String, String> EXAMPLES = Map.of("US", "NY", "CA", "ON", "AU", "NSW", "BR", "SP");

    private Regions() {
    }

    public static boolean isRequiredIn(String country) {
        return REQUIRED_IN.contains(country);
    }

    /** Whether the region is one of the country's codes (case-insensitive); true where no list is kept. */
    public static boolean isKnown(String country, String region) {
        Set<String> codes = CODES.get(country);
        return codes == null || (region != null && codes.contains(region.strip().toUpperCase(Locale.ROOT)));
    }

    /** An example code, for messages, where the country's codes are checked. */
    public static Optional<String> exampleFor(String country) {
        return Optional.ofNullable(EXAMPLES.get(country));
    }
}
