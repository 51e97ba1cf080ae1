package io.partnerportal.onboarding.kernel.customer.registrationid;

import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.isDigits;

/**
 * Uzbekistan. INN (STIR) of a legal entity: 9 digits starting with 2 or 3; an individual's INN starts with
 * 4..7 and a 14-digit PINFL is a personal id. The check digit's algorithm is not published.
 */
record UzbekInn() implements RegistrationIdScheme {

    @Override
    public String name() {
        return "an Uzbek INN";
    }

    @Override
    public String format() {
        return "9 digits starting with 2 or 3, e.g. 201234567";
    }

    @Override
    public Verdict examine(String entered) {
        var id = compact(entered);
        if (isDigits(id, 14)) {
            return Verdict.personal("a PINFL");
        }
        if (!isDigits(id, 9)) {
            return Verdict.MALFORMED;
        }
        return switch (id.charAt(0)) {
            case '2', '3' -> Verdict.ACCEPTED;
            case '4', '5', '6', '7' -> Verdict.personal("the INN of an individual");
            default -> Verdict.MALFORMED;
        };
    }
}
