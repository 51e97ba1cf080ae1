package io.partnerportal.onboarding.kernel.customer.registrationid;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Year;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A customer's company registration id")
class RegistrationIdsTest {

    private static final String ALL_24 = "AM AZ BY BR HU IN IQ KZ KG MD MM PL RU SA ZA SS TJ TH TR UA AE UZ VE VN";

    private static List<String> codes(String country, String registrationId) {
        return RegistrationIds.violations("registrationId", country, registrationId).stream()
                .map(Violation::code).toList();
    }

    @Test
    @DisplayName("is mandatory, with a phone number, in exactly the 24 countries of the domain page")
    void isMandatoryInTheListedCountries() {
        assertThat(ALL_24.split(" ")).hasSize(24)
                .allMatch(RegistrationIds::requiresRegistrationIdAndPhone);
    }

    @Test
    @DisplayName("names those 24 countries, in alphabetical order, for whoever must tell partners")
    void namesTheListedCountries() {
        assertThat(RegistrationIds.countriesRequiringIt()).isSorted().containsExactlyInAnyOrder(ALL_24.split(" "));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"DE", "US", "FR", "GB", "CN", "XX", ""})
    @DisplayName("is optional in every other country")
    void isOptionalElsewhere(String country) {
        assertThat(RegistrationIds.requiresRegistrationIdAndPhone(country)).isFalse();
    }

    @Test
    @DisplayName("is optional when the country is unknown, and country codes ignore case and surrounding space")
    void readsTheCountryLeniently() {
        assertThat(RegistrationIds.requiresRegistrationIdAndPhone(null)).isFalse();
        assertThat(RegistrationIds.requiresRegistrationIdAndPhone(" br ")).isTrue();
        assertThat(codes("br", "11222333000180")).containsExactly("REGISTRATION_ID_CHECK_DIGIT");
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    @DisplayName("a missing id is required in a listed country, under the given field name")
    void missingIdIsRequiredWhereListed(String missing) {
        for (var country : ALL_24.split(" ")) {
            assertThat(RegistrationIds.violations("customer.registrationId", country, missing))
                    .as(country).containsExactly(Violation.required("customer.registrationId"));
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    @DisplayName("a missing id breaks no rule in any other country")
    void missingIdIsFineElsewhere(String missing) {
        assertThat(codes("DE", missing)).isEmpty();
        assertThat(codes(null, missing)).isEmpty();
    }

    @Test
    @DisplayName("every violation names the given field")
    void violationsNameTheField() {
        assertThat(RegistrationIds.violations("customer.registrationId", "BR", "123"))
                .extracting(Violation::field).containsExactly("customer.registrationId");
        assertThat(RegistrationIds.violations("customer.registrationId", "BR", "123").getFirst().message())
                .startsWith("customer.registrationId must be a Brazilian CNPJ");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"IQ, 12345", "KG, 01234567890123", "MM, 123456789", "MM, '1234/2015-2016'", "SS, RB-2011-00123",
            "TJ, 020012345", "DE, HRB 12345", "US, 12-3456789", "FR, 732 829 320 00074", "DE, 12345678909",
            "IQ, 12345678901234567890", "KG, ОсОО-12345"})
    @DisplayName("where no format is known, 5 to 20 letters, digits and separators with a digit are accepted")
    void genericCheckAccepts(String country, String id) {
        assertThat(codes(country, id)).isEmpty();
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource({
            "IQ, 1234",                    // too short
            "MM, 123456789012345678901",   // too long
            "SS, ACME LTD",                // no digit
            "TJ, 12345_678",               // underscore is not a separator
            "DE, 'HRB #12345'",
            "US, '-----'",
            "FR, 12345678\u00A7"})
    @DisplayName("where no format is known, anything else is refused as malformed")
    void genericCheckRefuses(String country, String id) {
        assertThat(codes(country, id)).containsExactly("REGISTRATION_ID_FORMAT");
    }

    @Test
    @DisplayName("the generic check's message describes the generic format")
    void genericMessage() {
        assertThat(RegistrationIds.violations("registrationId", "IQ", "12").getFirst().message())
                .isEqualTo("registrationId must be a registration id: 5 to 20 letters and digits,"
                        + " optionally separated by '-', '/', '.' or spaces");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"BR, '11.222.333/0001-81#'", "PL, 123_456_32_18", "RU, 7707083893!", "IN, 27AAPFU0939F1ZV*"})
    @DisplayName("a known format with characters other than letters, digits and separators is refused")
    void refusesStrayCharacters(String country, String id) {
        assertThat(codes(country, id)).containsExactly("REGISTRATION_ID_FORMAT");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"BR, 00000000000000", "PL, 0000000000", "RU, 0000000000", "UA, 00000000", "KZ, 000000000000",
            "IQ, 00000", "DE, 11111111", "TH, 0000000000000"})
    @DisplayName("one character repeated is a placeholder and is refused, though some check digits match it")
    void refusesPlaceholders(String country, String id) {
        assertThat(codes(country, id)).containsExactly("REGISTRATION_ID_FORMAT");
        assertThat(RegistrationIds.violations("registrationId", country, id).getFirst().message())
                .contains("placeholder");
    }

    @Test
    @DisplayName("a bad id gives one violation, with the code for what is wrong")
    void oneViolationPerId() {
        assertThat(RegistrationIds.violations("registrationId", "BR", "11.222.333/0001-82"))
                .singleElement().satisfies(v -> {
                    assertThat(v.code()).isEqualTo("REGISTRATION_ID_CHECK_DIGIT");
                    assertThat(v.message()).isEqualTo(
                            "registrationId is not a Brazilian CNPJ: its check digit does not match");
                });
        assertThat(RegistrationIds.violations("registrationId", "TR", "10000000146"))
                .singleElement().satisfies(v -> {
                    assertThat(v.code()).isEqualTo("PERSONAL_ID_NOT_ALLOWED");
                    assertThat(v.message()).isEqualTo("registrationId looks like a TC Kimlik No: a personal id"
                            + " is not a company registration id; it must be a Turkish VKN (tax number):"
                            + " 10 digits, e.g. 4540536920");
                });
    }

    @Test
    @DisplayName("only listed countries have a country format; the others, and five listed ones, use the generic check")
    void schemesByCountry() {
        var year = Year.of(2025);
        for (var country : List.of("IQ", "KG", "MM", "SS", "TJ", "DE", "US", "")) {
            assertThat(RegistrationIdSchemes.forCountry(country, year)).as(country)
                    .isInstanceOf(AnyRegistrationId.class);
        }
        for (var country : List.of("AM", "AZ", "BY", "BR", "HU", "IN", "KZ", "MD", "PL", "RU", "SA", "ZA", "TH",
                "TR", "UA", "AE", "UZ", "VE", "VN")) {
            assertThat(RegistrationIdSchemes.forCountry(country, year)).as(country)
                    .isNotInstanceOf(AnyRegistrationId.class);
        }
    }

    @ParameterizedTest(name = "{0}: [{1}] = [{2}]")
    @CsvSource({
            "BR, '11.222.333/0001-81', 11222333000181",
            "PL, 'PL 123-456-32-18', 1234563218",
            "IN, '27aapfu0939f1zv', 27AAPFU0939F1ZV",
            "VN, '0314409058-002', 0314409058002",
            "DE, ' hrb 12345 ', HRB12345",
            "IQ, '12-34/56.78 9', 123456789",
            "US, '12-3456789', 123456789"})
    @DisplayName("the uniqueness key keeps only the significant characters, upper-cased")
    void normalizedKeepsSignificantCharacters(String country, String id, String key) {
        assertThat(RegistrationIds.normalized(country, id)).isEqualTo(key);
    }

    @Test
    @DisplayName("two spellings of one id give one key; another id gives another")
    void spellingsShareAKey() {
        assertThat(RegistrationIds.normalized("DE", "HRB 12345")).isEqualTo(RegistrationIds.normalized("DE", "hrb-12345"));
        assertThat(RegistrationIds.normalized("PL", "PL1234563218")).isEqualTo(RegistrationIds.normalized("PL", "123-456-32-18"));
        assertThat(RegistrationIds.normalized("BR", "11.222.333/0001-81"))
                .isNotEqualTo(RegistrationIds.normalized("BR", "60.570.172/0001-22"));
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    @DisplayName("a missing id has an empty key")
    void missingIdHasAnEmptyKey(String missing) {
        assertThat(RegistrationIds.normalized("BR", missing)).isEmpty();
    }
}
