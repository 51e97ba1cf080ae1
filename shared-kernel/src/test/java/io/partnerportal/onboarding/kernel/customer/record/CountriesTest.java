package io.partnerportal.onboarding.kernel.customer.record;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A country code")
class CountriesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"BR", "DE", "US", "GB", "JP", "CN", "IT", "ZA", "AE", "HK"})
    @DisplayName("an ISO 3166-1 alpha-2 code in upper case is known")
    void known(String code) {
        assertThat(Countries.isKnown(code)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"br", "Br", "UK", "EU", "XX", "ZZ", "BRA", "B", " BR", "076", "ÄB"})
    @DisplayName("anything else is unknown: lower case, UK, EU, unassigned codes, alpha-3 and numeric codes")
    void unknown(String code) {
        assertThat(Countries.isKnown(code)).isFalse();
    }
}
