package io.partnerportal.onboarding.kernel.customer.registrationid;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A Russian registration id (INN of an organisation)")
class RussianInnTest {

    private static List<String> codes(String registrationId) {
        return RegistrationIds.violations("registrationId", "RU", registrationId).stream()
                .map(Violation::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"7707083893", "7830002293", "7707 083 893"})
    @DisplayName("a valid 10-digit organisation INN is accepted")
    void acceptsAValidInn(String inn) {
        assertThat(codes(inn)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"7707083894", "7830002290"})
    @DisplayName("an organisation INN with a wrong check digit is refused")
    void refusesAWrongCheckDigit(String inn) {
        assertThat(codes(inn)).containsExactly("REGISTRATION_ID_CHECK_DIGIT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"500100732259", "123456789047"})
    @DisplayName("a 12-digit INN, a person's, is refused as personal")
    void refusesAPersonalInn(String inn) {
        assertThat(codes(inn)).containsExactly("PERSONAL_ID_NOT_ALLOWED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"770708389", "77070838931", "1027700132195", "77O7083893"})
    @DisplayName("anything but 10 digits, an OGRN included, is refused as malformed")
    void refusesOtherShapes(String value) {
        assertThat(codes(value)).containsExactly("REGISTRATION_ID_FORMAT");
    }
}
