package io.partnerportal.onboarding.kernel.customer.registrationid;

/**
 * Any other country: no public format is checked, only that the value looks like an id at all
 * (5..20 characters with at least one digit; the allowed characters are checked before any scheme).
 */
record AnyRegistrationId() implements RegistrationIdScheme {

    private static final int SHORTEST = 5;
    private static final int LONGEST = 20;

    @Override
    public String name() {
        return "a registration id";
    }

    @Override
    public String format() {
        return SHORTEST + " to " + LONGEST + " letters and digits, optionally separated by '-', '/', '.' or spaces";
    }

    @Override
    public Verdict examine(String entered) {
        var id = entered.strip();
        var length = id.codePointCount(0, id.length());
        var hasDigit = id.chars().anyMatch(Character::isDigit);
        return length >= SHORTEST && length <= LONGEST && hasDigit ? Verdict.ACCEPTED : Verdict.MALFORMED;
    }
}
