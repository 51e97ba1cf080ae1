package io.partnerportal.onboarding.kernel.customer.registrationid;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("An Armenian registration id (TIN)")
class ArmenianTinTest {

    private static List<String> codes(String registrationId) {
        return RegistrationIds.violations("registrationId", "AM", registrationId).stream()
                .map(Violation::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"02500052", "0250 0052"})
    @DisplayName("an 8-digit TIN is accepted")
    void acceptsATin(String tin) {
        assertThat(codes(tin)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2506901238"})
    @DisplayName("a 10-digit public service number, a person's, is refused as personal")
    void refusesAPublicServiceNumber(String number) {
        assertThat(codes(number)).containsExactly("PERSONAL_ID_NOT_ALLOWED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0250005", "025000521", "0250005A"})
    @DisplayName("anything else is refused as malformed")
    void refusesOtherShapes(String value) {
        assertThat(codes(value)).containsExactly("REGISTRATION_ID_FORMAT");
    }
}
