package io.partnerportal.onboarding.kernel.customer.registrationid;

import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.isDigits;

/**
 * Armenia. TIN (ՀՎՀՀ): 8 digits, checked by shape only (no check digit is published). A 10-digit public
 * service number (ՀԾՀ) names a person.
 */
record ArmenianTin() implements RegistrationIdScheme {

    @Override
    public String name() {
        return "an Armenian TIN";
    }

    @Override
    public String format() {
        return "8 digits, e.g. 02500052";
    }

    @Override
    public Verdict examine(String entered) {
        var id = compact(entered);
        if (isDigits(id, 10)) {
            return Verdict.personal("a public service number (ՀԾՀ)");
        }
        return isDigits(id, 8) ? Verdict.ACCEPTED : Verdict.MALFORMED;
    }
}
