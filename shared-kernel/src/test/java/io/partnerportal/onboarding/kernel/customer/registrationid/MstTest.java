package io.partnerportal.onboarding.kernel.customer.registrationid;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A Vietnamese registration id (MST tax code)")
class MstTest {

    private static List<String> codes(String registrationId) {
        return RegistrationIds.violations("registrationId", "VN", registrationId).stream()
                .map(Violation::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0100233488", "0312687878", "1002334810", "01.00.233.488"})
    @DisplayName("a valid 10-digit MST is accepted")
    void acceptsAValidMst(String mst) {
        assertThat(codes(mst)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0314409058-002", "'0312 68 78 78 - 001'", "0100233488999"})
    @DisplayName("a branch's 10-3 digit MST is accepted")
    void acceptsABranch(String mst) {
        assertThat(codes(mst)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0100233480", "0314409059-002", "1002334811"})
    @DisplayName("an MST with a wrong check digit is refused")
    void refusesAWrongCheckDigit(String mst) {
        assertThat(codes(mst)).containsExactly("REGISTRATION_ID_CHECK_DIGIT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1002334850", "1002334859"})
    @DisplayName("an MST whose weighted sum divides by 11 is never issued, whatever its last digit")
    void refusesARemainderOfZero(String mst) {
        assertThat(codes(mst)).containsExactly("REGISTRATION_ID_CHECK_DIGIT");
    }

    @Test
    @DisplayName("a 12-digit personal identification number (CCCD) is refused as personal")
    void refusesACccd() {
        assertThat(codes("001099012345")).containsExactly("PERSONAL_ID_NOT_ALLOWED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0314409058-000", "010023348", "01002334881", "010023348A"})
    @DisplayName("anything else, a branch 000 included, is refused as malformed")
    void refusesOtherShapes(String value) {
        assertThat(codes(value)).containsExactly("REGISTRATION_ID_FORMAT");
    }

    @Test
    @DisplayName("a branch's dash is not part of the uniqueness key")
    void normalizesTheDashAway() {
        assertThat(RegistrationIds.normalized("VN", "0314409058-002")).isEqualTo("0314409058002");
    }
}
