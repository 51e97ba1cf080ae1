package io.partnerportal.onboarding.kernel.identity;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A partner id")
class PartnerIdTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"P-1000", "P-2100", "P-1", "P-1234567890"})
    @DisplayName("is P- followed by 1 to 10 digits")
    void wellFormed(String id) {
        assertThat(PartnerId.violations("partner_id", id)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "P-", "P-12345678901", "p-1000", "P1000", "1000", "P-1000 ", " P-1000", "P-10a0",
            "P-１０００", "P-1000\n", "*"})
    @DisplayName("is nothing else, not even empty, and the message states the rule")
    void malformed(String id) {
        assertThat(PartnerId.violations("partner_id", id)).singleElement()
                .satisfies(v -> assertThat(v.code()).isEqualTo("PARTNER_ID_FORMAT"))
                .extracting(Violation::message).asString().contains("partner_id", "P- followed by 1 to 10 digits");
    }

    @Test
    @DisplayName("is required where one is asked for")
    void required() {
        assertThat(PartnerId.violations("partner_id", null)).containsExactly(Violation.required("partner_id"));
    }
}
