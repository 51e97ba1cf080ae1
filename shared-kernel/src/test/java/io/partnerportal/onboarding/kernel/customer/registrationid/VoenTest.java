package io.partnerportal.onboarding.kernel.customer.registrationid;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("An Azerbaijani registration id (VÖEN)")
class VoenTest {

    private static List<String> codes(String registrationId) {
        return RegistrationIds.violations("registrationId", "AZ", registrationId).stream()
                .map(Violation::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1400057421", "140 155 5071"})
    @DisplayName("a 10-digit VÖEN ending in 1, a legal person's, is accepted")
    void acceptsALegalPersonsVoen(String voen) {
        assertThat(codes(voen)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1400057422"})
    @DisplayName("a VÖEN ending in 2, a natural person's, is refused as personal")
    void refusesANaturalPersonsVoen(String voen) {
        assertThat(codes(voen)).containsExactly("PERSONAL_ID_NOT_ALLOWED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1400057424", "1400057420", "140005742", "14000574211"})
    @DisplayName("anything else is refused as malformed")
    void refusesOtherShapes(String value) {
        assertThat(codes(value)).containsExactly("REGISTRATION_ID_FORMAT");
    }
}
