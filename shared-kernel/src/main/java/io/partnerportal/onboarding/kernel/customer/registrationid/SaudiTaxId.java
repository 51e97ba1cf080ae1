package io.partnerportal.onboarding.kernel.customer.registrationid;

import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.isDigits;

/**
 * Saudi Arabia. A VAT number (15 digits starting and ending with 3) or a commercial registration (CR)
 * number (10 digits). Checked by shape only: no check digit is published, and a 10-digit national id
 * cannot be told from a CR number.
 */
record SaudiTaxId() implements RegistrationIdScheme {

    @Override
    public String name() {
        return "a Saudi VAT or CR number";
    }

    @Override
    public String format() {
        return "a VAT number of 15 digits starting and ending with 3 (e.g. 310123456700003)"
                + " or a CR number of 10 digits (e.g. 1010123456)";
    }

    @Override
    public Verdict examine(String entered) {
        var id = compact(entered);
        var vatNumber = isDigits(id, 15) && id.startsWith("3") && id.endsWith("3");
        return vatNumber || isDigits(id, 10) ? Verdict.ACCEPTED : Verdict.MALFORMED;
    }
}
