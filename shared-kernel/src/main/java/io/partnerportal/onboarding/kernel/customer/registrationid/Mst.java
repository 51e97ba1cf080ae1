package io.partnerportal.onboarding.kernel.customer.registrationid;

import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.digit;
import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.isDigits;
import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.weightedSum;

/**
 * Vietnam. MST (mã số thuế): 9 digits + a mod-11 check digit, and for a branch 3 more digits (001..999).
 * A 12-digit number is a personal identification number (CCCD), which individuals use as tax code.
 */
record Mst() implements RegistrationIdScheme {

    @Override
    public String name() {
        return "a Vietnamese tax code (MST)";
    }

    @Override
    public String format() {
        return "10 digits, or 10-3 digits for a branch, e.g. 0100233488 or 0314409058-002";
    }

    @Override
    public Verdict examine(String entered) {
        var id = compact(entered);
        if (isDigits(id, 12)) {
            return Verdict.personal("a personal identification number (CCCD)");
        }
        var branch = isDigits(id, 13);
        if (!isDigits(id, 10) && !branch) {
            return Verdict.MALFORMED;
        }
        if (branch && id.endsWith("000")) {
            return Verdict.MALFORMED; // branches are numbered from 001
        }
        // 10 - (sum mod 11); a remainder of 0 would need "10", which no number has.
        return Verdict.checkDigitMatches(
                10 - weightedSum(id, 31, 29, 23, 19, 17, 13, 7, 5, 3) % 11 == digit(id, 9));
    }
}
