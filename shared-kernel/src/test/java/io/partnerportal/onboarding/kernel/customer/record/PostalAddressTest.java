package io.partnerportal.onboarding.kernel.customer.record;

import io.partnerportal.onboarding.kernel.customer.record.Address;
import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@DisplayName("The customer's postal address")
class PostalAddressTest {

    private static Address address(String state, String postalCode, String country) {
        return new Address("Rua Augusta 1000", null, "Lisboa", state, postalCode, country);
    }

    private static List<Violation> violations(Address address) {
        return PostalAddress.violations("address", address);
    }

    @ParameterizedTest(name = "{5}: {0}, {2} {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Av. Paulista 1000             | Conj. 12 | São Paulo  | SP  | 01310-100  | BR
            1 Microsoft Way               | -        | Redmond    | WA  | 98052-6399 | US
            Friedrichstraße 123           | -        | Berlin     | -   | 10117      | DE
            10 Downing Street             | -        | London     | -   | SW1A 2AA   | GB
            Via del Corso 1               | -        | Roma       | RM  | 00186      | IT
            1-1 Chiyoda                   | -        | Chiyoda-ku | 東京都 | 100-0001 | JP
            建国门外大街1号                 | -        | 北京        | 北京市 | 100004   | CN
            1 Queen St W                  | -        | Toronto    | ON  | M5H 2N2    | CA
            1 Martin Pl                   | -        | Sydney     | NSW | 2000       | AU
            Sheikh Zayed Road 1           | -        | Dubai      | -   | -          | AE
            1 Queen's Road Central        | -        | Hong Kong  | -   | -          | HK
            Andrássy út 1                 | -        | Budapest   | -   | 1061       | HU
            ul. Marszałkowska 1           | -        | Warszawa   | -   | 00-624     | PL
            Damrak 1                      | -        | Amsterdam  | -   | 1012 LG    | NL
            MG Road 1                     | -        | Bengaluru  | KA  | 560001     | IN
            Avenida Reforma 1             | -        | Ciudad de México | CDMX | 06600 | MX
            """)
    @DisplayName("a complete address of each kind breaks no rule")
    void completeAddressesPass(String line1, String line2, String city, String state, String postalCode,
                               String country) {
        assertThat(violations(new Address(line1, line2, city, state, postalCode, country))).isEmpty();
    }

    @Test
    @DisplayName("a missing address is one REQUIRED on the address itself")
    void missingAddress() {
        assertThat(violations(null)).containsExactly(Violation.required("address"));
    }

    @Test
    @DisplayName("reports every missing required part at once, each by its JSON path")
    void reportsAllMissing() {
        assertThat(violations(new Address(" ", null, null, null, null, "US")))
                .extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
                        tuple("address.addressLine1", "REQUIRED"), tuple("address.city", "REQUIRED"),
                        tuple("address.state", "REQUIRED"), tuple("address.postalCode", "REQUIRED"));
        assertThat(violations(new Address(null, null, "Lisboa", null, null, null)))
                .extracting(Violation::field).containsExactlyInAnyOrder("address.addressLine1", "address.country");
    }

    @Test
    @DisplayName("address lines may have 200 characters and the city 100, no more")
    void lengths() {
        var longest = new Address("a".repeat(200), "b".repeat(200), "c".repeat(100), null, "1000-001", "PT");
        var tooLong = new Address("a".repeat(201), "b".repeat(201), "c".repeat(101), null, "1000-001", "PT");
        assertThat(violations(longest)).isEmpty();
        assertThat(violations(tooLong)).extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
                tuple("address.addressLine1", "ADDRESS_LINE_LENGTH"),
                tuple("address.addressLine2", "ADDRESS_LINE_LENGTH"), tuple("address.city", "CITY_LENGTH"));
    }

    @Nested
    @DisplayName("country")
    class Country {

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"br", "UK", "XX", "BRA", "Brazil", "B"})
        @DisplayName("must be a known ISO 3166-1 alpha-2 code in upper case; the message names the value")
        void unknown(String country) {
            assertThat(violations(address(null, null, country))).singleElement()
                    .satisfies(v -> assertThat(v.field()).isEqualTo("address.country"))
                    .satisfies(v -> assertThat(v.code()).isEqualTo("COUNTRY_UNKNOWN"))
                    .extracting(Violation::message).asString().contains("'" + country + "'");
        }

        @Test
        @DisplayName("when unknown, the state and postal code are not checked")
        void unknownSkipsStateAndPostalCode() {
            assertThat(violations(address("Narnia", "??", "XX"))).extracting(Violation::field)
                    .containsExactly("address.country");
        }
    }

    @Nested
    @DisplayName("state")
    class State {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"US", "CA", "AU", "BR", "MX", "IN", "CN", "JP"})
        @DisplayName("is required where addresses carry a state, province or prefecture")
        void requiredWhereUsed(String country) {
            assertThat(violations(address(" ", null, country))).extracting(Violation::field, Violation::code)
                    .contains(tuple("address.state", "REQUIRED"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"DE", "GB", "FR", "IT", "PT", "AE"})
        @DisplayName("is optional elsewhere")
        void optionalElsewhere(String country) {
            assertThat(violations(address(null, null, country))).extracting(Violation::field)
                    .doesNotContain("address.state");
        }

        @ParameterizedTest(name = "{1} in {0}")
        @CsvSource({"US, CA", "US, dc", "US, PR", "US, ' NY '", "CA, QC", "CA, YT", "AU, NSW", "AU, act", "BR, SP",
                "BR, DF", "BR, TO", "MX, Jalisco", "IN, Maharashtra"})
        @DisplayName("is one of the country's codes where the list is kept, in any case; free text elsewhere")
        void knownCodes(String country, String state) {
            assertThat(violations(address(state, null, country))).extracting(Violation::field)
                    .doesNotContain("address.state");
        }

        @ParameterizedTest(name = "{1} in {0}")
        @CsvSource({"US, California", "US, XX", "US, ON", "CA, Ontario", "CA, PQ", "AU, NY", "AU, New South Wales",
                "BR, São Paulo", "BR, XX"})
        @DisplayName("anything else is an unknown state, and the message names it")
        void unknownCodes(String country, String state) {
            assertThat(violations(address(state, null, country))).filteredOn(v -> v.field().equals("address.state"))
                    .singleElement()
                    .satisfies(v -> assertThat(v.code()).isEqualTo("STATE_UNKNOWN"))
                    .extracting(Violation::message).asString().contains("'" + state + "'", country);
        }
    }

    @Nested
    @DisplayName("postal code")
    class PostalCode {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"DE", "GB", "FR", "US", "BR", "IN", "PT", "AR", "CH"})
        @DisplayName("is required where the country uses postal codes")
        void required(String country) {
            assertThat(violations(address(null, " ", country))).extracting(Violation::field, Violation::code)
                    .contains(tuple("address.postalCode", "REQUIRED"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"HK", "AE", "IE", "QA", "PA", "JM", "MO", "AO"})
        @DisplayName("is optional where the country has no postal codes in general use")
        void optional(String country) {
            assertThat(violations(address(null, null, country))).isEmpty();
        }

        @Test
        @DisplayName("a wrong code is refused, and the message names the expected form")
        void wrongFormatMessage() {
            assertThat(violations(address(null, "1234", "DE"))).singleElement()
                    .satisfies(v -> assertThat(v.field()).isEqualTo("address.postalCode"))
                    .satisfies(v -> assertThat(v.code()).isEqualTo("POSTAL_CODE_FORMAT"))
                    .extracting(Violation::message).asString().contains("5 digits", "DE", "'1234'");
        }

        @Test
        @DisplayName("a country without a known pattern takes any code")
        void noPatternTakesAny() {
            assertThat(violations(address(null, "C1043AAZ", "AR"))).isEmpty();
        }
    }
}
