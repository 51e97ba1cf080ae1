package io.partnerportal.onboarding.kernel.customer.registrationid;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A Saudi registration id (VAT or CR number)")
class SaudiTaxIdTest {

    private static List<String> codes(String registrationId) {
        return RegistrationIds.violations("registrationId", "SA", registrationId).stream()
                .map(Violation::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"310123456700003", "'310 1234567 00003'"})
    @DisplayName("a 15-digit VAT number starting and ending with 3 is accepted")
    void acceptsAVatNumber(String vatNumber) {
        assertThat(codes(vatNumber)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1010123456", "4030123456", "7001234567"})
    @DisplayName("a 10-digit CR number is accepted")
    void acceptsACrNumber(String crNumber) {
        assertThat(codes(crNumber)).isEmpty();
    }

    @Test
    @DisplayName("Arabic-Indic digits count as the same digits")
    void acceptsArabicIndicDigits() {
        assertThat(codes("١٠١٠١٢٣٤٥٦")).isEmpty();
        assertThat(RegistrationIds.normalized("SA", "١٠١٠١٢٣٤٥٦")).isEqualTo("1010123456");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"210123456700003", "310123456700001", "31012345670003", "101012345", "10101234567", "101012345A"})
    @DisplayName("anything else is refused as malformed")
    void refusesOtherShapes(String value) {
        assertThat(codes(value)).containsExactly("REGISTRATION_ID_FORMAT");
    }
}
