package io.partnerportal.onboarding.kernel.customer.registrationid;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A Turkish registration id (VKN)")
class VknTest {

    private static List<String> codes(String registrationId) {
        return RegistrationIds.violations("registrationId", "TR", registrationId).stream()
                .map(Violation::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"4540536920", "1234567890", "9876543217"})
    @DisplayName("a valid 10-digit VKN is accepted")
    void acceptsAValidVkn(String vkn) {
        assertThat(codes(vkn)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"4540536921", "1234567891", "9876543210"})
    @DisplayName("a VKN with a wrong check digit is refused")
    void refusesAWrongCheckDigit(String vkn) {
        assertThat(codes(vkn)).containsExactly("REGISTRATION_ID_CHECK_DIGIT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"10000000146", "12345678950"})
    @DisplayName("an 11-digit TC Kimlik No, a person's id, is refused as personal")
    void refusesATcKimlikNo(String tckn) {
        assertThat(codes(tckn)).containsExactly("PERSONAL_ID_NOT_ALLOWED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"454053692", "45405369A0", "454053692012"})
    @DisplayName("anything but 10 digits is refused as malformed")
    void refusesOtherShapes(String value) {
        assertThat(codes(value)).containsExactly("REGISTRATION_ID_FORMAT");
    }
}
