package io.partnerportal.onboarding.kernel.text;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@DisplayName("Text a person typed")
class PlainTextTest {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Contoso Comércio Ltda", "王小明", "Ana 😀 Souza", "O'Brien & Söhne", "  spaced  ", "\u00A0nbsp"})
    @DisplayName("letters of any script, emoji, punctuation and spaces break no rule")
    void printableTextPasses(String text) {
        assertThat(PlainText.violations("companyName", text)).isEmpty();
        assertThat(PlainText.violations("companyName", null)).isEmpty();
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x00, 0x01, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F})
    @DisplayName("every C0 and C1 control character, tab and line breaks included, and DEL are CONTROL_CHARACTER")
    void controlCharacters(int control) {
        assertThat(PlainText.violations("primaryContact.firstName", "Ana" + (char) control + "Souza"))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("primaryContact.firstName", "CONTROL_CHARACTER"));
    }

    @Test
    @DisplayName("the refusal is a sentence naming the field, the character and where it is")
    void message() {
        assertThat(PlainText.violations("address.city", "São\u0000Paulo")).containsExactly(new Violation("address.city",
                "CONTROL_CHARACTER", "address.city must not contain control characters such as NUL, tab or line "
                + "breaks, and has U+0000 at position 4"));
    }

    @Test
    @DisplayName("half of a surrogate pair is INVALID_UNICODE, a whole pair is a character")
    void unpairedSurrogates() {
        assertThat(PlainText.violations("reason", "ok \uD83D")).extracting(Violation::code).containsExactly("INVALID_UNICODE");
        assertThat(PlainText.violations("reason", "\uDE00 ok")).extracting(Violation::code).containsExactly("INVALID_UNICODE");
        assertThat(PlainText.violations("reason", "\uD83D\uDE00")).isEmpty();
    }
}
