package io.partnerportal.onboarding.kernel.customer.registrationid;

import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.digit;
import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.isDigits;
import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.weightedSum;

/** Poland. NIP: 9 digits + a weighted mod-11 check digit; an 11-digit number is a PESEL, a person's. */
record Nip() implements RegistrationIdScheme {

    @Override
    public String name() {
        return "a Polish NIP";
    }

    @Override
    public String format() {
        return "10 digits, e.g. 123-456-32-18";
    }

    /** Drops the EU VAT prefix, so PL1234563218 and 123-456-32-18 are the same id. */
    @Override
    public String compact(String entered) {
        var id = RegistrationIdScheme.super.compact(entered);
        return id.startsWith("PL") ? id.substring(2) : id;
    }

    @Override
    public Verdict examine(String entered) {
        var id = compact(entered);
        if (isDigits(id, 11)) {
            return Verdict.personal("a PESEL");
        }
        if (!isDigits(id, 10)) {
            return Verdict.MALFORMED;
        }
        // A remainder of 10 is never issued, so it can match no digit.
        return Verdict.checkDigitMatches(weightedSum(id, 6, 5, 7, 2, 3, 4, 5, 6, 7) % 11 == digit(id, 9));
    }
}
