package io.partnerportal.onboarding.kernel.customer.registrationid;

import java.util.Locale;

/**
 * One country's company registration id: how it is written, and what is wrong with an entered value.
 * Each scheme checks the significant characters only, so punctuation such as {@code 11.222.333/0001-81}
 * never matters.
 */
sealed interface RegistrationIdScheme
        permits Cnpj, Nip, RussianInn, Unp, Edrpou, Vkn, IndianTaxId, SouthAfricanCompanyNumber, Mst, Adoszam,
        KazakhBin, ThaiTaxId, SaudiTaxId, EmiratiTrn, ArmenianTin, Voen, UzbekInn, Idno, Rif, AnyRegistrationId {

    /** The id's name with its article, for messages: "a Brazilian CNPJ". */
    String name();

    /** How it is written, for messages: "14 digits, e.g. 11.222.333/0001-81". */
    String format();

    /** The verdict on a value already known to hold only letters, digits and separators. */
    Verdict examine(String entered);

    /**
     * The significant characters, upper-cased, with any decimal digit (e.g. Arabic-Indic) as its ASCII
     * digit: the form checks and uniqueness keys use.
     */
    default String compact(String entered) {
        var significant = new StringBuilder(entered.length());
        entered.codePoints().forEach(c -> {
            if (Character.isDigit(c)) {
                significant.append((char) ('0' + Character.digit(c, 10)));
            } else if (Character.isLetter(c)) {
                significant.appendCodePoint(c);
            }
        });
        return significant.toString().toUpperCase(Locale.ROOT);
    }

    /** What a scheme found; the caller turns it into a {@code Violation}. */
    sealed interface Verdict {
        Verdict ACCEPTED = new Accepted();
        Verdict MALFORMED = new Malformed();
        Verdict WRONG_CHECK_DIGIT = new WrongCheckDigit();

        static Verdict checkDigitMatches(boolean matches) {
            return matches ? ACCEPTED : WRONG_CHECK_DIGIT;
        }

        /** {@code personalId} names the personal id with its article, e.g. "a CPF". */
        static Verdict personal(String personalId) {
            return new PersonalId(personalId);
        }

        record Accepted() implements Verdict {
        }

        record Malformed() implements Verdict {
        }

        record WrongCheckDigit() implements Verdict {
        }

        record PersonalId(String personalId) implements Verdict {
        }
    }
}
