package io.partnerportal.onboarding.kernel.customer.registrationid;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A Kazakh registration id (BIN)")
class KazakhBinTest {

    private static List<String> codes(String registrationId) {
        return RegistrationIds.violations("registrationId", "KZ", registrationId).stream()
                .map(Violation::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"940140000385", "990 140 004 654"})
    @DisplayName("a valid 12-digit BIN is accepted")
    void acceptsAValidBin(String bin) {
        assertThat(codes(bin)).isEmpty();
    }

    @Test
    @DisplayName("a BIN whose first pass leaves 10 is checked with the second weights")
    void usesTheSecondWeights() {
        assertThat(codes("940140000909")).isEmpty();
        assertThat(codes("940140000900")).containsExactly("REGISTRATION_ID_CHECK_DIGIT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"940140000386", "990140004650"})
    @DisplayName("a BIN with a wrong check digit is refused")
    void refusesAWrongCheckDigit(String bin) {
        assertThat(codes(bin)).containsExactly("REGISTRATION_ID_CHECK_DIGIT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"900101300018", "851231400123"})
    @DisplayName("an IIN, a person's id starting with a birth date, is refused as personal")
    void refusesAnIin(String iin) {
        assertThat(codes(iin)).containsExactly("PERSONAL_ID_NOT_ALLOWED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"941340000385", "940040000385", "940170000385", "94014000038", "9401400003851"})
    @DisplayName("a month outside 1..12, an entity type outside 4..6 or a wrong length is refused as malformed")
    void refusesOtherShapes(String value) {
        assertThat(codes(value)).containsExactly("REGISTRATION_ID_FORMAT");
    }
}
