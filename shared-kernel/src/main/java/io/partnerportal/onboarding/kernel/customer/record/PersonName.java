package io.partnerportal.onboarding.kernel.customer.record;

import io.partnerportal.onboarding.kernel.rejection.Violation;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A contact's first or last name, in any script. */
public final class PersonName {

    public static final int MAX_LENGTH = 50;

    // One Han, kana or Hangul character is a whole name (王, 李); one Latin letter is only an initial.
    private static final Set<UnicodeScript> WHOLE_NAME_SCRIPTS =
            Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.HANGUL);

    private static final Set<String> PLACEHOLDERS = Set.of(
            "test", "tester", "testing", "admin", "administrator", "root", "nobody", "user", "username", "none",
            "na", "n/a", "n.a.", "unknown", "firstname", "first name", "first_name", "lastname", "last name",
            "last_name", "name", "asdf", "qwerty", "xxx", "xx", "dummy", "fake", "sample", "example", "null",
            "undefined", "foo", "bar", "tbd", "noname", "no name", "anonymous");

    private PersonName() {
    }

    public static List<Violation> violations(String field, String name) {
        if (name == null || name.isBlank()) {
            return List.of(Violation.required(field));
        }
        String trimmed = name.strip();
        var found = new ArrayList<Violation>();
        if (trimmed.codePoints().count() > MAX_LENGTH) {
            found.add(new Violation(field, "PERSON_NAME_LENGTH",
                    field + " must be at most " + MAX_LENGTH + " characters long"));
        }
        if (trimmed.codePoints().noneMatch(Character::isLetter)) {
            found.add(new Violation(field, "PERSON_NAME_NO_LETTERS",
                    field + " must contain at least one letter, not only digits, symbols or emoji"));
        } else if (isSingleLetter(trimmed.replaceAll("[.\\s]", ""))) {
            found.add(new Violation(field, "PERSON_NAME_SINGLE_CHARACTER",
                    field + " must be the full name, not a single letter or initial"));
        }
        if (PLACEHOLDERS.contains(trimmed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))) {
            found.add(new Violation(field, "PERSON_NAME_PLACEHOLDER",
                    field + " must be the contact's real name, not a placeholder such as '" + trimmed + "'"));
        }
        return List.copyOf(found);
    }

    // Dots and spaces are ignored, so the initial "J." counts as the single letter it is.
    private static boolean isSingleLetter(String letters) {
        if (letters.codePointCount(0, letters.length()) != 1) {
            return false;
        }
        int letter = letters.codePointAt(0);
        return Character.isLetter(letter) && !WHOLE_NAME_SCRIPTS.contains(UnicodeScript.of(letter));
    }
}
