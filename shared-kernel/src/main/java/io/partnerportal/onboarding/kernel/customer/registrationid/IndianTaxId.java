package io.partnerportal.onboarding.kernel.customer.registrationid;

import java.util.regex.Pattern;

/**
 * India. Three ids name a company: its GSTIN (2-digit state code, the 10-character PAN, an entity
 * character, 'Z', a mod-36 check character), its PAN (AAAAA9999A, whose 4th letter is the holder type)
 * or its CIN (21 characters, checked by shape only). A PAN of holder type P names an individual.
 */
record IndianTaxId() implements RegistrationIdScheme {

    private static final Pattern PAN = Pattern.compile("[A-Z]{5}[0-9]{4}[A-Z]");
    private static final Pattern GSTIN = Pattern.compile("[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]");
    // Listed or unlisted, industry code, state, year of incorporation, ownership, serial.
    private static final Pattern CIN = Pattern.compile("[LU][0-9]{5}[A-Z]{2}[0-9]{4}[A-Z]{3}[0-9]{6}");
    // Company, firm, association of persons, body of individuals, government, HUF, local authority,
    // artificial juridical person, trust, krish; P (individual) is handled apart.
    private static final String ORGANISATION_HOLDER_TYPES = "CFABGHLJTK";
    private static final String BASE_36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    @Override
    public String name() {
        return "an Indian GSTIN, company PAN or CIN";
    }

    @Override
    public String format() {
        return "a GSTIN of 15 characters (e.g. 27AAPFU0939F1ZV), a PAN of 10 (e.g. AAPFU0939F)"
                + " or a CIN of 21 (e.g. U72900KA2005PTC035000)";
    }

    @Override
    public Verdict examine(String entered) {
        var id = compact(entered);
        if (PAN.matcher(id).matches()) {
            return panVerdict(id.charAt(3));
        }
        if (GSTIN.matcher(id).matches()) {
            return ORGANISATION_HOLDER_TYPES.indexOf(id.charAt(5)) >= 0 || id.charAt(5) == 'P'
                    ? Verdict.checkDigitMatches(gstinCheckCharacter(id) == id.charAt(14))
                    : Verdict.MALFORMED;
        }
        return CIN.matcher(id).matches() ? Verdict.ACCEPTED : Verdict.MALFORMED;
    }

    private static Verdict panVerdict(char holderType) {
        if (holderType == 'P') {
            return Verdict.personal("the PAN of an individual");
        }
        return ORGANISATION_HOLDER_TYPES.indexOf(holderType) >= 0 ? Verdict.ACCEPTED : Verdict.MALFORMED;
    }

    /** Luhn mod 36 over the first 14 characters: factors 1, 2, 1, ... from the left, carrying by 36. */
    private static char gstinCheckCharacter(String id) {
        var sum = 0;
        for (var i = 0; i < 14; i++) {
            var product = BASE_36.indexOf(id.charAt(i)) * (i % 2 == 0 ? 1 : 2);
            sum += product / 36 + product % 36;
        }
        return BASE_36.charAt((36 - sum % 36) % 36);
    }
}
