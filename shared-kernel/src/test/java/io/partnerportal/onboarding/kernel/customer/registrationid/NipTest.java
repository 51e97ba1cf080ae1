package io.partnerportal.onboarding.kernel.customer.registrationid;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A Polish registration id (NIP)")
class NipTest {

    private static List<String> codes(String registrationId) {
        return RegistrationIds.violations("registrationId", "PL", registrationId).stream()
                .map(Violation::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1234563218", "123-456-32-18", "PL1234563218", "PL 123-456-32-18", "pl1234563218", "5260250274"})
    @DisplayName("a valid NIP is accepted, with dashes and with or without the PL prefix")
    void acceptsAValidNip(String nip) {
        assertThat(codes(nip)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1234563219", "123-456-32-17", "5260250275"})
    @DisplayName("a Polish NIP with a wrong check digit is refused")
    void refusesAWrongCheckDigit(String nip) {
        assertThat(codes(nip)).containsExactly("REGISTRATION_ID_CHECK_DIGIT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1234567890", "1234567891"})
    @DisplayName("a NIP whose weighted sum leaves 10 is never issued, whatever its last digit")
    void refusesARemainderOfTen(String nip) {
        assertThat(codes(nip)).containsExactly("REGISTRATION_ID_CHECK_DIGIT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"44051401359", "440514 01359"})
    @DisplayName("an 11-digit PESEL, a person's id, is refused as personal")
    void refusesAPesel(String pesel) {
        assertThat(codes(pesel)).containsExactly("PERSONAL_ID_NOT_ALLOWED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"123456321", "PL12345632", "DE1234563218", "12345632181234"})
    @DisplayName("anything but 10 digits after an optional PL is refused as malformed")
    void refusesOtherShapes(String value) {
        assertThat(codes(value)).containsExactly("REGISTRATION_ID_FORMAT");
    }

    @Test
    @DisplayName("the PL prefix and dashes are not part of the uniqueness key")
    void normalizesThePrefixAway() {
        assertThat(RegistrationIds.normalized("PL", "PL 123-456-32-18"))
                .isEqualTo(RegistrationIds.normalized("PL", "1234563218"))
                .isEqualTo("1234563218");
    }
}
