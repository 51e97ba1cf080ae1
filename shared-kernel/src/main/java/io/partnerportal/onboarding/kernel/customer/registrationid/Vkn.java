package io.partnerportal.onboarding.kernel.customer.registrationid;

import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.digit;
import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.isDigits;

/** Türkiye. VKN (Vergi Kimlik Numarası): 9 digits + a check digit; an 11-digit TC Kimlik No is a person's. */
record Vkn() implements RegistrationIdScheme {

    @Override
    public String name() {
        return "a Turkish VKN (tax number)";
    }

    @Override
    public String format() {
        return "10 digits, e.g. 4540536920";
    }

    @Override
    public Verdict examine(String entered) {
        var id = compact(entered);
        if (isDigits(id, 11)) {
            return Verdict.personal("a TC Kimlik No");
        }
        if (!isDigits(id, 10)) {
            return Verdict.MALFORMED;
        }
        return Verdict.checkDigitMatches(checkDigit(id) == digit(id, 9));
    }

    /** Each digit, counted from the right (position p = 1..9), adds ((d + p) mod 10) * 2^p mod 9, 9 for 0. */
    private static int checkDigit(String id) {
        var sum = 0;
        for (var position = 1; position <= 9; position++) {
            var shifted = (digit(id, 9 - position) + position) % 10;
            if (shifted != 0) {
                var scaled = (shifted * (1 << position)) % 9;
                sum += scaled == 0 ? 9 : scaled;
            }
        }
        return (10 - sum % 10) % 10;
    }
}
