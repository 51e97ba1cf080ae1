package io.partnerportal.onboarding.kernel.customer.registrationid;

import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.isDigits;

/**
 * Azerbaijan. VÖEN: 10 digits whose last digit is the taxpayer's status: 1 for a legal person, 2 for a
 * natural person. Its 9th digit follows an unpublished algorithm, so it is not checked.
 */
record Voen() implements RegistrationIdScheme {

    @Override
    public String name() {
        return "an Azerbaijani VÖEN";
    }

    @Override
    public String format() {
        return "10 digits ending in 1, e.g. 1400057421";
    }

    @Override
    public Verdict examine(String entered) {
        var id = compact(entered);
        if (!isDigits(id, 10)) {
            return Verdict.MALFORMED;
        }
        return switch (id.charAt(9)) {
            case '1' -> Verdict.ACCEPTED;
            case '2' -> Verdict.personal("the VÖEN of a natural person");
            default -> Verdict.MALFORMED;
        };
    }
}
