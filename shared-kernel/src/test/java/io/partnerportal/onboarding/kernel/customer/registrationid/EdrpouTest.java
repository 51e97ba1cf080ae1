package io.partnerportal.onboarding.kernel.customer.registrationid;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A Ukrainian registration id (EDRPOU code)")
class EdrpouTest {

    private static List<String> codes(String registrationId) {
        return RegistrationIds.violations("registrationId", "UA", registrationId).stream()
                .map(Violation::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"32855961", "14360570", "00032112", "' 32855961 '"})
    @DisplayName("a valid 8-digit EDRPOU code is accepted")
    void acceptsAValidCode(String code) {
        assertThat(codes(code)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"10000062", "40000081"})
    @DisplayName("a code whose first pass leaves 10 is checked with the second weights (each + 2)")
    void usesTheSecondWeights(String code) {
        assertThat(codes(code)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"32855968", "14360571", "10000060", "40000080"})
    @DisplayName("an EDRPOU code with a wrong check digit is refused")
    void refusesAWrongCheckDigit(String code) {
        assertThat(codes(code)).containsExactly("REGISTRATION_ID_CHECK_DIGIT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"3184710691", "2345678901"})
    @DisplayName("a 10-digit RNOKPP, an individual's tax number, is refused as personal")
    void refusesAnRnokpp(String rnokpp) {
        assertThat(codes(rnokpp)).containsExactly("PERSONAL_ID_NOT_ALLOWED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"3285596", "328559612", "3285596A"})
    @DisplayName("anything but 8 digits is refused as malformed")
    void refusesOtherShapes(String value) {
        assertThat(codes(value)).containsExactly("REGISTRATION_ID_FORMAT");
    }
}
