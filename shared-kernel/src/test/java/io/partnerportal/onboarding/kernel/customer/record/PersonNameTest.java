package io.partnerportal.onboarding.kernel.customer.record;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A contact's first or last name")
class PersonNameTest {

    private static List<String> codes(String name) {
        return PersonName.violations("primaryContact.firstName", name).stream().map(Violation::code).toList();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Ana", "Müller", "Zoë", "王", "李", "さくら", "김", "O'Brien", "Jean-Luc", "Mª", "St. John",
            "Nguyễn Văn", "Ngũgĩ", "Łukasz", "Søren", "Αλέξανδρος", "Владимир", "محمد", "ישראל", "Xi", "Li", "Ng"})
    @DisplayName("a real name in any script breaks no rule")
    void realNamesPass(String name) {
        assertThat(codes(name)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    @DisplayName("a missing name is only REQUIRED")
    void missingIsRequiredOnly(String name) {
        assertThat(PersonName.violations("primaryContact.lastName", name))
                .containsExactly(Violation.required("primaryContact.lastName"));
    }

    @Test
    @DisplayName("50 characters are accepted, 51 are not, counted after trimming")
    void length() {
        assertThat(codes(" " + "A".repeat(50) + " ")).isEmpty();
        assertThat(codes("A".repeat(51))).containsExactly("PERSON_NAME_LENGTH");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"J", "j", "J.", " Ø ", "é"})
    @DisplayName("a single letter or initial is refused")
    void singleLetter(String name) {
        assertThat(codes(name)).containsExactly("PERSON_NAME_SINGLE_CHARACTER");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"王", "林", "あ", "ア", "박"})
    @DisplayName("a single CJK character is a whole name and is accepted")
    void singleCjkCharacter(String name) {
        assertThat(codes(name)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"test", "Admin", "ADMINISTRATOR", "nobody", "user", "None", "NA", "n/a", "N/A", "unknown",
            "FirstName", "First Name", "lastname", "Name", "asdf", "xxx", "dummy"})
    @DisplayName("a placeholder is refused, whatever its case")
    void placeholders(String name) {
        assertThat(codes(name)).containsExactly("PERSON_NAME_PLACEHOLDER");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"123", "007", "!!", "--", "...", "😀", "😀😀", "#1", "?"})
    @DisplayName("a name without a single letter (only digits, symbols, punctuation or emoji) is refused")
    void noLetters(String name) {
        assertThat(codes(name)).containsExactly("PERSON_NAME_NO_LETTERS");
    }

    @Test
    @DisplayName("reports every broken rule at once, on the given field")
    void reportsAll() {
        assertThat(PersonName.violations("contacts[0].lastName", "1".repeat(51)))
                .extracting(Violation::field, Violation::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("contacts[0].lastName", "PERSON_NAME_LENGTH"),
                        org.assertj.core.groups.Tuple.tuple("contacts[0].lastName", "PERSON_NAME_NO_LETTERS"));
    }
}
