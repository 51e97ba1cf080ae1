package io.partnerportal.onboarding.kernel.customer.record;

import io.partnerportal.onboarding.kernel.rejection.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The customer's culture: an ISO 639-1 language, optionally with an ISO 15924 script and an ISO 3166 region. */
public final class Language {

    // ll, ll-CC or ll-Ssss-CC, in the canonical case of BCP 47 ("pt-BR", "zh-Hans-CN").
    /** A culture's form as a regular expression: what the rule checks, and what the API's documentation states. */
    public static final String PATTERN = "([a-z]{2})(?:-(?:[A-Z][a-z]{3}-)?([A-Z]{2}))?";

    private static final Pattern CULTURE = Pattern.compile(PATTERN);
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private Language() {
    }

    public static List<Violation> violations(String field, String culture) {
        if (culture == null || culture.isBlank()) {
            return List.of(Violation.required(field));
        }
        Matcher parts = CULTURE.matcher(culture);
        if (!parts.matches()) {
            return List.of(new Violation(field, "LANGUAGE_FORMAT", field + " must be a culture such as 'en', "
                    + "'pt-BR' or 'zh-Hans-CN' (language in lower case, region in upper case), not '" + culture + "'"));
        }
        var found = new ArrayList<Violation>();
        if (!ISO_639_1.contains(parts.group(1))) {
            found.add(new Violation(field, "LANGUAGE_UNKNOWN",
                    field + " names the language '" + parts.group(1) + "', which is not an ISO 639-1 code"));
        }
        if (parts.group(2) != null && !Countries.isKnown(parts.group(2))) {
            found.add(new Violation(field, "LANGUAGE_UNKNOWN",
                    field + " names the region '" + parts.group(2) + "', which is not an ISO 3166-1 country code"));
        }
        return List.copyOf(found);
    }
}
