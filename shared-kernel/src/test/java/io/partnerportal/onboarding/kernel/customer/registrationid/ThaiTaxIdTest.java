package io.partnerportal.onboarding.kernel.customer.registrationid;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A Thai registration id (tax id of a juristic person)")
class ThaiTaxIdTest {

    private static List<String> codes(String registrationId) {
        return RegistrationIds.violations("registrationId", "TH", registrationId).stream()
                .map(Violation::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0994000617721", "0-99-4-000-61772-1", "0105536112014", "0105536112090"})
    @DisplayName("a valid 13-digit tax id starting with 0 is accepted")
    void acceptsAValidTaxId(String taxId) {
        assertThat(codes(taxId)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0994000617723", "0-99-4-000-61772-3", "0105536112015"})
    @DisplayName("a tax id with a wrong mod-11 check digit is refused")
    void refusesAWrongCheckDigit(String taxId) {
        assertThat(codes(taxId)).containsExactly("REGISTRATION_ID_CHECK_DIGIT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"3100600445635", "1-2345-45678-78-1", "8100600445630"})
    @DisplayName("a citizen's id, starting with 1..8, is refused as personal")
    void refusesACitizensId(String id) {
        assertThat(codes(id)).containsExactly("PERSONAL_ID_NOT_ALLOWED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"9994000617721", "099400061772", "09940006177211"})
    @DisplayName("anything else is refused as malformed")
    void refusesOtherShapes(String value) {
        assertThat(codes(value)).containsExactly("REGISTRATION_ID_FORMAT");
    }
}
