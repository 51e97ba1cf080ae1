package io.partnerportal.onboarding.kernel.customer.registrationid;

import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.digit;
import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.isDigits;
import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.weightedSum;

/** Russia. INN of an organisation: 9 digits + a mod-11 check digit; a 12-digit INN is a person's. */
record RussianInn() implements RegistrationIdScheme {

    @Override
    public String name() {
        return "a Russian organisation INN";
    }

    @Override
    public String format() {
        return "10 digits, e.g. 7707083893";
    }

    @Override
    public Verdict examine(String entered) {
        var id = compact(entered);
        if (isDigits(id, 12)) {
            return Verdict.personal("a personal INN (12 digits)");
        }
        if (!isDigits(id, 10)) {
            return Verdict.MALFORMED;
        }
        return Verdict.checkDigitMatches(weightedSum(id, 2, 4, 10, 3, 5, 9, 4, 6, 8) % 11 % 10 == digit(id, 9));
    }
}
