package io.partnerportal.onboarding.kernel.customer.record;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A postal code's shape, per country")
class PostalCodesTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"US, 98052", "US, 98052-6399", "CA, K1A 0B1", "CA, k1a0b1", "GB, SW1A 1AA", "GB, M1 1AE",
            "GB, B33 8TH", "GB, CR2 6XH", "GB, DN55 1PT", "GB, EC1A1BB", "GB, W1A 0AX", "IE, D02 X285", "IE, D6W 1234",
            "DE, 10117", "FR, 75008", "IT, 00186", "ES, 28013", "NL, 1012 LG", "NL, 1012LG", "BR, 01310-100",
            "BR, 01310100", "IN, 560001", "IN, 110 001", "PL, 00-624", "RU, 101000", "JP, 100-0001", "JP, 1000001",
            "AU, 2000", "HU, 1061", "ZA, 0002", "TR, 34000", "UA, 01001", "VN, 100000", "BY, 220030", "KZ, 050000",
            "KZ, A01 P3K4", "TH, 10200", "SA, 12345", "SA, 12345-6789", "CN, 100004", "PT, 1000-001", "SE, 111 22",
            "CZ, 11000", "AT, 1010", "CH, 8001", "IL, 6100000", "DE, ' 10117 '"})
    @DisplayName("a code of the country's form is accepted, trimmed and in any case")
    void matches(String country, String postalCode) {
        assertThat(PostalCodes.matches(country, postalCode)).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"US, 9805", "US, 980521", "US, 98052-63", "CA, K1A 0B", "CA, D1A 0B1", "CA, 12345", "GB, SW1A",
            "GB, 12345", "GB, SW1A 1AAA", "GB, SW1A 1CA", "IE, 12345", "DE, 1011", "DE, 101170", "DE, 1O117",
            "FR, 7500", "IT, 0018", "ES, 2801", "NL, 0123 AB", "NL, 1234", "NL, 1234 A", "BR, 1310-100",
            "BR, 01310-10", "IN, 056000", "IN, 56000", "PL, 00624", "PL, 00-62", "RU, 10100", "JP, 100-000",
            "JP, 10-00001", "AU, 200", "AU, 20000", "HU, 106", "ZA, 00021", "TR, 3400", "UA, 0100", "VN, 10000",
            "BY, 22003", "KZ, 05000", "TH, 1020", "SA, 1234", "CN, 10000", "CN, 1000041", "PT, 1000", "IL, 61000"})
    @DisplayName("a code not of the country's form is refused")
    void doesNotMatch(String country, String postalCode) {
        assertThat(PostalCodes.matches(country, postalCode)).isFalse();
    }
}
