package io.partnerportal.onboarding.kernel.customer.registrationid;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("An Emirati registration id (TRN)")
class EmiratiTrnTest {

    private static List<String> codes(String registrationId) {
        return RegistrationIds.violations("registrationId", "AE", registrationId).stream()
                .map(Violation::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"100123456700003", "100-1234-5670-0003"})
    @DisplayName("a 15-digit TRN starting with 100 is accepted")
    void acceptsATrn(String trn) {
        assertThat(codes(trn)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"784198512345671", "784-1985-1234567-1"})
    @DisplayName("an Emirates ID, starting with 784, is refused as personal")
    void refusesAnEmiratesId(String emiratesId) {
        assertThat(codes(emiratesId)).containsExactly("PERSONAL_ID_NOT_ALLOWED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"200123456700003", "10012345670000", "1001234567000031", "10012345670000A"})
    @DisplayName("anything else is refused as malformed")
    void refusesOtherShapes(String value) {
        assertThat(codes(value)).containsExactly("REGISTRATION_ID_FORMAT");
    }
}
