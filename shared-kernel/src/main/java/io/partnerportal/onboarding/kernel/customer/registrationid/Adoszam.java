package io.partnerportal.onboarding.kernel.customer.registrationid;

import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.isDigits;
import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.weightedSum;

/**
 * Hungary. Adószám 12345678-1-12: a taxpayer number (7 digits + a check digit with weights 9,7,3,1),
 * a VAT status digit 1..5 and a 2-digit county code. A 10-digit number starting with 8 is an
 * adóazonosító jel, a private person's tax id.
 */
record Adoszam() implements RegistrationIdScheme {

    @Override
    public String name() {
        return "a Hungarian tax number (adószám)";
    }

    @Override
    public String format() {
        return "8-1-2 digits, e.g. 12892312-2-42";
    }

    @Override
    public Verdict examine(String entered) {
        var id = compact(entered);
        if (isDigits(id, 10) && id.charAt(0) == '8') {
            return Verdict.personal("an adóazonosító jel (personal tax id)");
        }
        if (!isDigits(id, 11) || id.charAt(8) < '1' || id.charAt(8) > '5') {
            return Verdict.MALFORMED;
        }
        // With the check digit weighted 1, the first 8 digits sum to a multiple of 10.
        return Verdict.checkDigitMatches(weightedSum(id, 9, 7, 3, 1, 9, 7, 3, 1) % 10 == 0);
    }
}
