package io.partnerportal.onboarding.kernel.customer.record;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The customer's language")
class LanguageTest {

    private static List<String> codes(String culture) {
        return Language.violations("language", culture).stream().map(Violation::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"it-IT", "pt-BR", "en-US", "en-GB", "de", "ja-JP", "zh-Hans-CN", "zh-Hant-TW", "sr-Latn-RS",
            "fr-CA"})
    @DisplayName("a culture of the form ll, ll-CC or ll-Ssss-CC with a known language and region is accepted")
    void wellFormedPasses(String culture) {
        assertThat(codes(culture)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    @DisplayName("a missing culture is only REQUIRED")
    void missingIsRequiredOnly(String culture) {
        assertThat(Language.violations("language", culture)).containsExactly(Violation.required("language"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"english", "EN-US", "en-us", "en_US", "eng-US", "en-USA", "zh-Hans", "zh-hans-CN",
            "en-US-x-private", "e", " en-US", "en-", "pt-BR "})
    @DisplayName("anything not of the form ll, ll-CC or ll-Ssss-CC is badly formed")
    void badlyFormed(String culture) {
        assertThat(codes(culture)).containsExactly("LANGUAGE_FORMAT");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xx-US", "qq", "zz-Hans-CN"})
    @DisplayName("a language that is not ISO 639-1 is unknown")
    void unknownLanguage(String culture) {
        assertThat(codes(culture)).containsExactly("LANGUAGE_UNKNOWN");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en-UK", "en-EU", "pt-XX", "zh-Hans-ZZ"})
    @DisplayName("a region that is not an ISO 3166-1 country is unknown")
    void unknownRegion(String culture) {
        assertThat(codes(culture)).containsExactly("LANGUAGE_UNKNOWN");
    }

    @Test
    @DisplayName("an unknown language and an unknown region are both reported, each named in its message")
    void reportsAll() {
        assertThat(Language.violations("language", "xx-XX")).extracting(Violation::message)
                .satisfiesExactlyInAnyOrder(m -> assertThat(m).contains("language 'xx'"),
                        m -> assertThat(m).contains("region 'XX'"));
    }
}
