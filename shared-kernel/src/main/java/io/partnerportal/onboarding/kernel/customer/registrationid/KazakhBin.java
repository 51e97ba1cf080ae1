package io.partnerportal.onboarding.kernel.customer.registrationid;

import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.digit;
import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.isDigits;
import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.weightedSum;

/**
 * Kazakhstan. BIN: YYMM of registration, an entity type 4..6, a division digit, a serial and a mod-11 check
 * digit (weights 1..11, or 3..11,1,2 when the first pass gives 10). An IIN, a person's, has the same length
 * but starts with a birth date, so its 5th digit (tens of the day) is 0..3.
 */
record KazakhBin() implements RegistrationIdScheme {

    @Override
    public String name() {
        return "a Kazakh BIN";
    }

    @Override
    public String format() {
        return "12 digits, e.g. 940140000385";
    }

    @Override
    public Verdict examine(String entered) {
        var id = compact(entered);
        if (!isDigits(id, 12)) {
            return Verdict.MALFORMED;
        }
        if (id.charAt(4) <= '3') {
            return Verdict.personal("an IIN");
        }
        var month = Integer.parseInt(id.substring(2, 4));
        if (id.charAt(4) > '6' || month < 1 || month > 12) {
            return Verdict.MALFORMED;
        }
        return Verdict.checkDigitMatches(checkDigit(id) == digit(id, 11));
    }

    /** Returns 10 when both passes give 10: such a number is never issued. */
    private static int checkDigit(String id) {
        var remainder = weightedSum(id, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11) % 11;
        return remainder < 10 ? remainder : weightedSum(id, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2) % 11;
    }
}
