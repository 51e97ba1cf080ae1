package io.partnerportal.onboarding.kernel.customer.registrationid;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A Belarusian registration id (UNP)")
class UnpTest {

    private static List<String> codes(String registrationId) {
        return RegistrationIds.violations("registrationId", "BY", registrationId).stream()
                .map(Violation::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"200988541", "200 988 541"})
    @DisplayName("a valid 9-digit UNP is accepted")
    void acceptsAValidUnp(String unp) {
        assertThat(codes(unp)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"200988542", "200988540"})
    @DisplayName("a UNP with a wrong check digit is refused")
    void refusesAWrongCheckDigit(String unp) {
        assertThat(codes(unp)).containsExactly("REGISTRATION_ID_CHECK_DIGIT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"200988570", "200988579"})
    @DisplayName("a UNP whose weighted sum leaves 10 is never issued, whatever its last digit")
    void refusesARemainderOfTen(String unp) {
        assertThat(codes(unp)).containsExactly("REGISTRATION_ID_CHECK_DIGIT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"MA1953684", "МА1953684", "ma 1953684"})
    @DisplayName("a UNP opening with two letters, a private person's, is refused as personal")
    void refusesAPersonsUnp(String unp) {
        assertThat(codes(unp)).containsExactly("PERSONAL_ID_NOT_ALLOWED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"20098854", "2009885411", "800988541", "000988541", "2A0988541"})
    @DisplayName("anything but 9 digits opening with a region 1..7 is refused as malformed")
    void refusesOtherShapes(String value) {
        assertThat(codes(value)).containsExactly("REGISTRATION_ID_FORMAT");
    }
}
