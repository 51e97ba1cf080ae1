package io.partnerportal.onboarding.kernel.customer.registrationid;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Year;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A South African registration id (company registration number)")
class SouthAfricanCompanyNumberTest {

    private static final Year THIS_YEAR = Year.of(2025);

    private static List<String> codes(String registrationId) {
        return RegistrationIds.violations("registrationId", "ZA", registrationId, THIS_YEAR).stream()
                .map(Violation::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2001/123456/07", "200112345607", "'1998 / 012345 / 23'", "1900/000001/06", "2025/654321/07"})
    @DisplayName("a number YYYY/NNNNNN/NN registered from 1900 to this year is accepted")
    void acceptsAValidNumber(String number) {
        assertThat(codes(number)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1899/123456/07", "2026/123456/07", "0001/123456/07"})
    @DisplayName("a number registered before 1900 or after this year is refused as malformed")
    void refusesAnImpossibleYear(String number) {
        assertThat(codes(number)).containsExactly("REGISTRATION_ID_FORMAT");
    }

    @Test
    @DisplayName("without a year given, the current year bounds the registration year")
    void boundsByTheCurrentYear() {
        var nextYear = Year.now().plusYears(1).getValue();
        assertThat(RegistrationIds.violations("registrationId", "ZA", nextYear + "/123456/07"))
                .extracting(Violation::code).containsExactly("REGISTRATION_ID_FORMAT");
        assertThat(RegistrationIds.violations("registrationId", "ZA", "2001/123456/07")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"8001015009087", "800101 5009 087"})
    @DisplayName("a 13-digit South African ID number (Luhn), a person's, is refused as personal")
    void refusesAnIdNumber(String idNumber) {
        assertThat(codes(idNumber)).containsExactly("PERSONAL_ID_NOT_ALLOWED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"8001015009088", "2001/12345/07", "2001/1234567/07", "2001/123456/0A"})
    @DisplayName("anything else, a 13-digit number failing Luhn included, is refused as malformed")
    void refusesOtherShapes(String value) {
        assertThat(codes(value)).containsExactly("REGISTRATION_ID_FORMAT");
    }

    @Test
    @DisplayName("slashes and spaces are not part of the uniqueness key")
    void normalizesSeparatorsAway() {
        assertThat(RegistrationIds.normalized("ZA", "2001 / 123456 / 07"))
                .isEqualTo(RegistrationIds.normalized("ZA", "200112345607"))
                .isEqualTo("200112345607");
    }
}
