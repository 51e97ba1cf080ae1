package io.partnerportal.onboarding.kernel.customer.registrationid;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A Moldovan registration id (IDNO)")
class IdnoTest {

    private static List<String> codes(String registrationId) {
        return RegistrationIds.violations("registrationId", "MD", registrationId).stream()
                .map(Violation::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1008600038413", "1002600000009", "1008 6000 38413"})
    @DisplayName("a valid 13-digit IDNO is accepted")
    void acceptsAValidIdno(String idno) {
        assertThat(codes(idno)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1008600038412", "1002600000000"})
    @DisplayName("an IDNO with a wrong check digit is refused")
    void refusesAWrongCheckDigit(String idno) {
        assertThat(codes(idno)).containsExactly("REGISTRATION_ID_CHECK_DIGIT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"100860003841", "10086000384133", "100860003841A"})
    @DisplayName("anything but 13 digits is refused as malformed")
    void refusesOtherShapes(String value) {
        assertThat(codes(value)).containsExactly("REGISTRATION_ID_FORMAT");
    }
}
