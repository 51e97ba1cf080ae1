package io.partnerportal.onboarding.kernel.customer.record;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, as the JDK knows them. */
public final class Countries {

    private static final Set<String> ALPHA_2 = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    /** True for exactly two upper-case letters that are an assigned ISO 3166-1 alpha-2 code ("DE", not "de"). */
    public static boolean isKnown(String alpha2) {
        return alpha2 != null && alpha2.matches("[A-Z]{2}") && ALPHA_2.contains(alpha2);
    }
}
