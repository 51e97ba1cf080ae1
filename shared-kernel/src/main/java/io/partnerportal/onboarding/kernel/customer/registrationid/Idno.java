package io.partnerportal.onboarding.kernel.customer.registrationid;

import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.digit;
import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.isDigits;
import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.weightedSum;

/** Moldova. IDNO: 12 digits + a mod-10 check digit with weights 7,3,1 repeating. */
record Idno() implements RegistrationIdScheme {

    @Override
    public String name() {
        return "a Moldovan IDNO";
    }

    @Override
    public String format() {
        return "13 digits, e.g. 1008600038413";
    }

    @Override
    public Verdict examine(String entered) {
        var id = compact(entered);
        if (!isDigits(id, 13)) {
            return Verdict.MALFORMED;
        }
        return Verdict.checkDigitMatches(
                weightedSum(id, 7, 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1) % 10 == digit(id, 12));
    }
}
