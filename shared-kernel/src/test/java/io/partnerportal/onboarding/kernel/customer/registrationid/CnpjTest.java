package io.partnerportal.onboarding.kernel.customer.registrationid;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A Brazilian registration id (CNPJ)")
class CnpjTest {

    private static List<String> codes(String registrationId) {
        return RegistrationIds.violations("registrationId", "BR", registrationId).stream()
                .map(Violation::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"11.222.333/0001-81", "11222333000181", "' 11 222 333 0001 81 '", "60.570.172/0001-22",
            "11.222.333/0005-05"})
    @DisplayName("a valid CNPJ is accepted, with or without the usual punctuation")
    void acceptsAValidCnpj(String cnpj) {
        assertThat(codes(cnpj)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"11.222.333/0001-82", "11.222.333/0001-91", "11222333000180", "60.570.172/0001-21"})
    @DisplayName("a Brazilian CNPJ with a wrong check digit is refused")
    void refusesAWrongCheckDigit(String cnpj) {
        assertThat(codes(cnpj)).containsExactly("REGISTRATION_ID_CHECK_DIGIT");
    }

    @Test
    @DisplayName("a CNPJ whose first check digit is wrong is refused, even when the second agrees with it")
    void checksTheFirstCheckDigit() {
        assertThat(codes("11.222.333/0001-90")).containsExactly("REGISTRATION_ID_CHECK_DIGIT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"123.456.789-09", "12345678909", "111.444.777-35", "12345678900"})
    @DisplayName("an 11-digit CPF, a person's id, is refused as personal, whatever its check digits")
    void refusesACpf(String cpf) {
        assertThat(codes(cpf)).containsExactly("PERSONAL_ID_NOT_ALLOWED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"12.ABC.345/01DE-35", "12abc34501de35"})
    @DisplayName("an alphanumeric CNPJ (issued since July 2026) is accepted, letters counting as their code minus 48")
    void acceptsAnAlphanumericCnpj(String cnpj) {
        assertThat(codes(cnpj)).isEmpty();
    }

    @Test
    @DisplayName("an alphanumeric CNPJ with a wrong check digit is refused")
    void refusesAnAlphanumericCnpjWithWrongCheckDigit() {
        assertThat(codes("12.ABC.345/01DE-36")).containsExactly("REGISTRATION_ID_CHECK_DIGIT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1122233300018", "112223330001811", "11.222.333/0001-8A", "ABCDEFGHIJKLMN"})
    @DisplayName("anything but 12 digits or capitals and 2 check digits is refused as malformed")
    void refusesOtherShapes(String value) {
        assertThat(codes(value)).containsExactly("REGISTRATION_ID_FORMAT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"00000000000000", "00.000.000/0000-00", "11111111111111", "99999999999999"})
    @DisplayName("an all-same-digit CNPJ is refused even where its check digits match")
    void refusesAllSameDigits(String value) {
        assertThat(codes(value)).containsExactly("REGISTRATION_ID_FORMAT");
    }

    @Test
    @DisplayName("the messages name the CNPJ's format and, for a CPF, why it is refused")
    void messagesNameTheFormat() {
        assertThat(RegistrationIds.violations("registrationId", "BR", "1234").getFirst().message())
                .isEqualTo("registrationId must be a Brazilian CNPJ: 14 characters (12 digits or capital letters, then 2 "
                        + "check digits), e.g. 11.222.333/0001-81");
        assertThat(RegistrationIds.violations("registrationId", "BR", "123.456.789-09").getFirst().message())
                .contains("a CPF", "a personal id is not a company registration id", "a Brazilian CNPJ");
        assertThat(RegistrationIds.violations("registrationId", "BR", "11222333000180").getFirst().message())
                .contains("a Brazilian CNPJ", "check digit");
    }

    @Test
    @DisplayName("two spellings of one CNPJ have the same uniqueness key")
    void normalizesPunctuationAway() {
        assertThat(RegistrationIds.normalized("BR", "11.222.333/0001-81"))
                .isEqualTo(RegistrationIds.normalized("BR", " 11222333000181 "))
                .isEqualTo("11222333000181");
    }
}
