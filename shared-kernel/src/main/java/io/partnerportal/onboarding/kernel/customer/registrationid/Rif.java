package io.partnerportal.onboarding.kernel.customer.registrationid;

import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.isDigits;
import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.weightedSum;

/**
 * Venezuela. RIF: a type letter, 8 digits and a mod-11 check digit. J (company) and G (government) name
 * organisations; V (Venezuelan), E (foreigner) and P (passport) name natural persons.
 */
record Rif() implements RegistrationIdScheme {

    private static final String CHECK_DIGITS = "00987654321";

    @Override
    public String name() {
        return "a Venezuelan company RIF";
    }

    @Override
    public String format() {
        return "J or G, 8 digits and a check digit, e.g. J-12345678-4";
    }

    @Override
    public Verdict examine(String entered) {
        var id = compact(entered);
        if (id.length() != 10 || !isDigits(id.substring(1))) {
            return Verdict.MALFORMED;
        }
        return switch (id.charAt(0)) {
            case 'J' -> checkDigit(12, id);
            case 'G' -> checkDigit(20, id);
            case 'V', 'E', 'P' -> Verdict.personal("the RIF of a natural person (V, E or P)");
            default -> Verdict.MALFORMED;
        };
    }

    /** The type letter counts as {@code typeValue}; the 8 digits are weighted 3,2,7,6,5,4,3,2. */
    private static Verdict checkDigit(int typeValue, String id) {
        var sum = typeValue + weightedSum(id.substring(1), 3, 2, 7, 6, 5, 4, 3, 2);
        return Verdict.checkDigitMatches(CHECK_DIGITS.charAt(sum % 11) == id.charAt(9));
    }
}
