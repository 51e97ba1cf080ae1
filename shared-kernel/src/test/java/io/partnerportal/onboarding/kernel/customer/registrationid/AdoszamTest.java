package io.partnerportal.onboarding.kernel.customer.registrationid;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A Hungarian registration id (adószám)")
class AdoszamTest {

    private static List<String> codes(String registrationId) {
        return RegistrationIds.violations("registrationId", "HU", registrationId).stream()
                .map(Violation::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"12892312-2-42", "12892312242", "12345676-1-13", "12345676-5-02"})
    @DisplayName("a valid tax number 12345678-1-12 is accepted")
    void acceptsAValidNumber(String number) {
        assertThat(codes(number)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"12892313-2-42", "12345675-1-13"})
    @DisplayName("a tax number with a wrong check digit in its first 8 digits is refused")
    void refusesAWrongCheckDigit(String number) {
        assertThat(codes(number)).containsExactly("REGISTRATION_ID_CHECK_DIGIT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"12892312-0-42", "12892312-6-42"})
    @DisplayName("a VAT status digit outside 1..5 is refused as malformed")
    void refusesAnUnknownVatStatus(String number) {
        assertThat(codes(number)).containsExactly("REGISTRATION_ID_FORMAT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"8123456789", "8 123 456 789"})
    @DisplayName("a 10-digit adóazonosító jel starting with 8, a person's, is refused as personal")
    void refusesAPersonalTaxId(String number) {
        assertThat(codes(number)).containsExactly("PERSONAL_ID_NOT_ALLOWED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"12892312", "HU12892312", "1289231224", "12892312-2-4A"})
    @DisplayName("anything but 8-1-2 digits is refused as malformed")
    void refusesOtherShapes(String value) {
        assertThat(codes(value)).containsExactly("REGISTRATION_ID_FORMAT");
    }
}
