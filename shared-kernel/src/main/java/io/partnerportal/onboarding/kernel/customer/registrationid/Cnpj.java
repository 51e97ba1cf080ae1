package io.partnerportal.onboarding.kernel.customer.registrationid;

import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.digit;
import static io.partnerportal.onboarding.kernel.customer.registrationid.CheckDigits.isDigits;

/**
 * Brazil. CNPJ: 12 characters + 2 mod-11 check digits. Since July 2026 the first 12 may be letters too
 * (each counts as its character code minus 48, so digits keep their value). An 11-digit number is a CPF,
 * which names a person.
 */
record Cnpj() implements RegistrationIdScheme {

    @Override
    public String name() {
        return "a Brazilian CNPJ";
    }

    @Override
    public String format() {
        return "14 characters (12 digits or capital letters, then 2 check digits), e.g. 11.222.333/0001-81";
    }

    @Override
    public Verdict examine(String entered) {
        var id = compact(entered);
        if (isDigits(id, 11)) {
            return Verdict.personal("a CPF");
        }
        if (!ALPHANUMERIC.matcher(id).matches()) {
            return Verdict.MALFORMED;
        }
        return Verdict.checkDigitMatches(
                digit(id, 12) == checkDigit(id, 12) && digit(id, 13) == checkDigit(id, 13));
    }

    private static final java.util.regex.Pattern ALPHANUMERIC = java.util.regex.Pattern.compile("[0-9A-Z]{12}[0-9]{2}");

    /** The check digit over the first {@code length} characters: weights 2..9 from the right, repeating. */
    private static int checkDigit(String id, int length) {
        var sum = 0;
        for (var i = 0; i < length; i++) {
            sum += digit(id, length - 1 - i) * (2 + i % 8);
        }
        var remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }
}
