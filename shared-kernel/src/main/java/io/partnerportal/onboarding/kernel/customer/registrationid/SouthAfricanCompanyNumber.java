package io.partnerportal.onboarding.kernel.customer.registrationid;

import java.time.Year;

import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.isDigits;
import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.passesLuhn;

/**
 * South Africa. Company registration number YYYY/NNNNNN/NN: year of registration, serial, entity type.
 * A 13-digit number passing Luhn is a South African ID number, which names a person. {@code thisYear}
 * bounds the year, so the rule stays a pure function.
 */
record SouthAfricanCompanyNumber(Year thisYear) implements RegistrationIdScheme {

    private static final int FIRST_YEAR = 1900;

    @Override
    public String name() {
        return "a South African company registration number";
    }

    @Override
    public String format() {
        return "YYYY/NNNNNN/NN, e.g. 2001/123456/07";
    }

    @Override
    public Verdict examine(String entered) {
        var id = compact(entered);
        if (isDigits(id, 13) && passesLuhn(id)) {
            return Verdict.personal("a South African ID number");
        }
        if (!isDigits(id, 12)) {
            return Verdict.MALFORMED;
        }
        var year = Integer.parseInt(id.substring(0, 4));
        return year >= FIRST_YEAR && year <= thisYear.getValue() ? Verdict.ACCEPTED : Verdict.MALFORMED;
    }
}
