package io.partnerportal.onboarding.kernel.customer.registrationid;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("An Uzbek registration id (INN)")
class UzbekInnTest {

    private static List<String> codes(String registrationId) {
        return RegistrationIds.violations("registrationId", "UZ", registrationId).stream()
                .map(Violation::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"201234567", "301234567", "201 234 567"})
    @DisplayName("a 9-digit INN starting with 2 or 3, a legal entity's, is accepted")
    void acceptsALegalEntitysInn(String inn) {
        assertThat(codes(inn)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"401234567", "512345678", "712345678", "31234567890123"})
    @DisplayName("an individual's INN (4..7) or a 14-digit PINFL is refused as personal")
    void refusesAnIndividualsId(String id) {
        assertThat(codes(id)).containsExactly("PERSONAL_ID_NOT_ALLOWED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"101234567", "801234567", "20123456", "2012345678"})
    @DisplayName("anything else is refused as malformed")
    void refusesOtherShapes(String value) {
        assertThat(codes(value)).containsExactly("REGISTRATION_ID_FORMAT");
    }
}
