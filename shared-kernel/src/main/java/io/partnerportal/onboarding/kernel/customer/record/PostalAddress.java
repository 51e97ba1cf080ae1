package io.partnerportal.onboarding.kernel.customer.record;

import io.partnerportal.onboarding.kernel.customer.record.Address;
import io.partnerportal.onboarding.kernel.rejection.Violation;

import java.util.ArrayList;
import java.util.List;

/** The customer's legal address: lines, city, country, and the state and postal code the country calls for. */
public final class PostalAddress {

    public static final int MAX_LINE_LENGTH = 200;
    public static final int MAX_CITY_LENGTH = 100;

    private PostalAddress() {
    }

    public static List<Violation> violations(String field, Address address) {
        if (address == null) {
            return List.of(Violation.required(field));
        }
        var found = new ArrayList<Violation>();
        text(found, field + ".addressLine1", address.addressLine1(), true, MAX_LINE_LENGTH, "ADDRESS_LINE_LENGTH");
        text(found, field + ".addressLine2", address.addressLine2(), false, MAX_LINE_LENGTH, "ADDRESS_LINE_LENGTH");
        text(found, field + ".city", address.city(), true, MAX_CITY_LENGTH, "CITY_LENGTH");
        String country = address.country();
        if (country == null || country.isBlank()) {
            found.add(Violation.required(field + ".country"));
        } else if (!Countries.isKnown(country)) {
            found.add(new Violation(field + ".country", "COUNTRY_UNKNOWN", field + ".country must be an ISO 3166-1 "
                    + "alpha-2 code in upper case such as 'DE', and '" + country + "' is not one"));
        } else {
            state(found, field + ".state", address.state(), country);
            postalCode(found, field + ".postalCode", address.postalCode(), country);
        }
        return List.copyOf(found);
    }

    private static void text(List<Violation> found, String field, String value, boolean required, int maxLength,
                             String code) {
        if (value == null || value.isBlank()) {
            if (required) {
                found.add(Violation.required(field));
            }
        } else if (value.strip().codePoints().count() > maxLength) {
            found.add(new Violation(field, code, field + " must be at most " + maxLength + " characters long"));
        }
    }

    private static void state(List<Violation> found, String field, String state, String country) {
        if (state == null || state.isBlank()) {
            if (Regions.isRequiredIn(country)) {
                found.add(Violation.required(field));
            }
        } else if (!Regions.isKnown(country, state)) {
            found.add(new Violation(field, "STATE_UNKNOWN", field + " must be the code of a state or territory of "
                    + country + " such as '" + Regions.exampleFor(country).orElse("") + "', and '" + state
                    + "' is not one"));
        }
    }

    private static void postalCode(List<Violation> found, String field, String postalCode, String country) {
        if (postalCode == null || postalCode.isBlank()) {
            if (PostalCodes.isRequiredIn(country)) {
                found.add(Violation.required(field));
            }
        } else if (!PostalCodes.matches(country, postalCode)) {
            found.add(new Violation(field, "POSTAL_CODE_FORMAT", field + " must be a postal code of " + country
                    + " in the form " + PostalCodes.formatOf(country).orElse("") + ", and '" + postalCode
                    + "' is not"));
        }
    }
}
