package io.partnerportal.onboarding.kernel.customer.registrationid;

import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.digit;
import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.isDigits;
import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.weightedSum;

/**
 * Belarus. UNP: a region digit 1..7, 7 more digits and a mod-11 check digit. A UNP opening with two
 * letters (e.g. MA1953684) is issued to a private person.
 */
record Unp() implements RegistrationIdScheme {

    @Override
    public String name() {
        return "a Belarusian UNP";
    }

    @Override
    public String format() {
        return "9 digits, e.g. 200988541";
    }

    @Override
    public Verdict examine(String entered) {
        var id = compact(entered);
        if (id.length() == 9 && Character.isLetter(id.charAt(0)) && Character.isLetter(id.charAt(1))
                && isDigits(id.substring(2))) {
            return Verdict.personal("a UNP of a private person");
        }
        if (!isDigits(id, 9) || id.charAt(0) < '1' || id.charAt(0) > '7') {
            return Verdict.MALFORMED;
        }
        // A remainder of 10 is never issued, so it can match no digit.
        return Verdict.checkDigitMatches(weightedSum(id, 29, 23, 19, 17, 13, 7, 5, 3) % 11 == digit(id, 8));
    }
}
