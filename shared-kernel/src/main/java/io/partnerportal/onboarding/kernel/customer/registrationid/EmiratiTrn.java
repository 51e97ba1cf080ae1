package io.partnerportal.onboarding.kernel.customer.registrationid;

import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.isDigits;

/**
 * United Arab Emirates. TRN (tax registration number): 15 digits starting with 100, checked by shape only
 * (no check digit is published). A 15-digit number starting with 784 is an Emirates ID, a person's.
 */
record EmiratiTrn() implements RegistrationIdScheme {

    @Override
    public String name() {
        return "a UAE TRN";
    }

    @Override
    public String format() {
        return "15 digits starting with 100, e.g. 100123456700003";
    }

    @Override
    public Verdict examine(String entered) {
        var id = compact(entered);
        if (!isDigits(id, 15)) {
            return Verdict.MALFORMED;
        }
        if (id.startsWith("784")) {
            return Verdict.personal("an Emirates ID number");
        }
        return id.startsWith("100") ? Verdict.ACCEPTED : Verdict.MALFORMED;
    }
}
