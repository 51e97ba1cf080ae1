package io.partnerportal.onboarding.kernel.customer.registrationid;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A Venezuelan registration id (RIF)")
class RifTest {

    private static List<String> codes(String registrationId) {
        return RegistrationIds.violations("registrationId", "VE", registrationId).stream()
                .map(Violation::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"J-12345678-4", "J123456784", "j-12345678-4", "G-20000000-7", "J-30000001-0", "J-30987654-6"})
    @DisplayName("a company (J) or government (G) RIF with a matching check digit is accepted")
    void acceptsAnOrganisationsRif(String rif) {
        assertThat(codes(rif)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"J-12345678-5", "G-20000000-4", "J-30987654-0"})
    @DisplayName("a RIF with a wrong check digit is refused")
    void refusesAWrongCheckDigit(String rif) {
        assertThat(codes(rif)).containsExactly("REGISTRATION_ID_CHECK_DIGIT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"V-11470283-4", "E-12345678-0", "P-12345678-9"})
    @DisplayName("a natural person's RIF (V, E or P) is refused as personal")
    void refusesAPersonsRif(String rif) {
        assertThat(codes(rif)).containsExactly("PERSONAL_ID_NOT_ALLOWED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"X-12345678-4", "J-1234567-4", "J-123456789-4", "123456784", "J-1234567A-4"})
    @DisplayName("anything but a type letter, 8 digits and a check digit is refused as malformed")
    void refusesOtherShapes(String value) {
        assertThat(codes(value)).containsExactly("REGISTRATION_ID_FORMAT");
    }

    @Test
    @DisplayName("the type letter stays in the uniqueness key")
    void keepsTheTypeLetter() {
        assertThat(RegistrationIds.normalized("VE", "j-12345678-4")).isEqualTo("J123456784");
    }
}
