package io.partnerportal.onboarding.kernel.text;

import io.partnerportal.onboarding.kernel.rejection.Violation;

import java.util.List;

/**
 * Text a person typed: a name, an address line, a reason. Every such field is one line wherever it goes
 * (the portal, Partner Center, an invoice, a log line), so no field allows a control character at all,
 * not even tab or line feed: there a line break would forge a new log line or vanish, and a NUL cuts the
 * text short in whatever reads it as a C string. Nor half of a surrogate pair, which is no character and
 * cannot be written as UTF-8.
 */
public final class PlainText {

    public static final String CONTROL_CHARACTER = "CONTROL_CHARACTER";
    public static final String INVALID_UNICODE = "INVALID_UNICODE";

    private PlainText() {
    }

    /** The one violation of {@code text}, if any: its first control character or unpaired surrogate. */
    public static List<Violation> violations(String field, String text) {
        if (text == null) {
            return List.of();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                // C0 (U+0000 to U+001F), DEL (U+007F) and C1 (U+0080 to U+009F).
                return List.of(new Violation(field, CONTROL_CHARACTER, field + " must not contain control characters "
                        + "such as NUL, tab or line breaks, and has " + codePoint(c) + " at position " + (i + 1)));
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return List.of(new Violation(field, INVALID_UNICODE, field + " must be Unicode text, and has half of a "
                        + "surrogate pair (" + codePoint(c) + ") at position " + (i + 1)));
            }
        }
        return List.of();
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
