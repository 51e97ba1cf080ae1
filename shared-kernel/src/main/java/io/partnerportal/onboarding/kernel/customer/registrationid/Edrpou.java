package io.partnerportal.onboarding.kernel.customer.registrationid;

import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.digit;
import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.isDigits;
import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.weightedSum;

/**
 * Ukraine. EDRPOU code: 7 digits + a mod-11 check digit, computed again with every weight + 2 when the
 * first pass gives 10. A 10-digit RNOKPP is an individual's tax number.
 */
record Edrpou() implements RegistrationIdScheme {

    private static final int[] WEIGHTS = {1, 2, 3, 4, 5, 6, 7};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9};
    // Codes from 30000000 to 59999999 start their weights at 7.
    private static final int[] WEIGHTS_FROM_3 = {7, 1, 2, 3, 4, 5, 6};
    private static final int[] SECOND_WEIGHTS_FROM_3 = {9, 3, 4, 5, 6, 7, 8};

    @Override
    public String name() {
        return "a Ukrainian EDRPOU code";
    }

    @Override
    public String format() {
        return "8 digits, e.g. 32855961";
    }

    @Override
    public Verdict examine(String entered) {
        var id = compact(entered);
        if (isDigits(id, 10)) {
            return Verdict.personal("an RNOKPP (individual tax number)");
        }
        if (!isDigits(id, 8)) {
            return Verdict.MALFORMED;
        }
        return Verdict.checkDigitMatches(checkDigit(id) == digit(id, 7));
    }

    private static int checkDigit(String id) {
        var from3 = id.charAt(0) >= '3' && id.charAt(0) <= '5';
        var remainder = weightedSum(id, from3 ? WEIGHTS_FROM_3 : WEIGHTS) % 11;
        if (remainder < 10) {
            return remainder;
        }
        return weightedSum(id, from3 ? SECOND_WEIGHTS_FROM_3 : SECOND_WEIGHTS) % 11 % 10;
    }
}
