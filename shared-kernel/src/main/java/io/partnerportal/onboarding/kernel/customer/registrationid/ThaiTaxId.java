package io.partnerportal.onboarding.kernel.customer.registrationid;

import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.digit;
import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.isDigits;
import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.weightedSum;

/**
 * Thailand. Tax id of a juristic person: 13 digits starting with 0, the last a mod-11 check digit
 * (weights 13..2). A citizen's id has the same shape but starts with 1..8.
 */
record ThaiTaxId() implements RegistrationIdScheme {

    @Override
    public String name() {
        return "a Thai company tax id";
    }

    @Override
    public String format() {
        return "13 digits starting with 0, e.g. 0-99-4-000-61772-1";
    }

    @Override
    public Verdict examine(String entered) {
        var id = compact(entered);
        if (!isDigits(id, 13) || id.charAt(0) == '9') {
            return Verdict.MALFORMED;
        }
        if (id.charAt(0) != '0') {
            return Verdict.personal("a Thai citizen id");
        }
        var sum = weightedSum(id, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2);
        return Verdict.checkDigitMatches((11 - sum % 11) % 10 == digit(id, 12));
    }
}
