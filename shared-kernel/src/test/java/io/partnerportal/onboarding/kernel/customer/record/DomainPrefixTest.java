package io.partnerportal.onboarding.kernel.customer.record;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The prefix of the customer's initial onmicrosoft.com domain")
class DomainPrefixTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"contoso", "Contoso", "contosobr", "ab", "a1", "fabrikam2024", "ContosoComercioSoftwareLtd",
            " contoso "})
    @DisplayName("2 to 27 ASCII letters and digits starting with a letter are accepted")
    void wellFormedPasses(String prefix) {
        assertThat(DomainPrefix.violations("domainPrefix", prefix)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    @DisplayName("a missing prefix is only REQUIRED")
    void missingIsRequiredOnly(String prefix) {
        assertThat(DomainPrefix.violations("domainPrefix", prefix)).containsExactly(Violation.required("domainPrefix"));
    }

    @Test
    @DisplayName("27 characters are accepted, 28 are not")
    void length() {
        assertThat(DomainPrefix.violations("domainPrefix", "c" + "1".repeat(26))).isEmpty();
        assertThat(DomainPrefix.violations("domainPrefix", "c" + "1".repeat(27))).extracting(Violation::code)
                .containsExactly("DOMAIN_PREFIX_FORMAT");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"c", "1contoso", "contoso-br", "contoso.br", "contoso br", "contoso_br", "müller",
            "contoso!", "-contoso"})
    @DisplayName("anything else is refused, and the message states the rule")
    void malformed(String prefix) {
        assertThat(DomainPrefix.violations("domainPrefix", prefix)).singleElement()
                .satisfies(v -> assertThat(v.code()).isEqualTo("DOMAIN_PREFIX_FORMAT"))
                .extracting(Violation::message).asString().contains("2 to 27", "letters and digits");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"contoso.onmicrosoft.com", "Contoso.OnMicrosoft.com", " contoso.onmicrosoft.com "})
    @DisplayName("a value given with the .onmicrosoft.com suffix is refused, asking for the prefix only")
    void withSuffix(String prefix) {
        assertThat(DomainPrefix.violations("domainPrefix", prefix)).singleElement()
                .satisfies(v -> assertThat(v.code()).isEqualTo("DOMAIN_PREFIX_FORMAT"))
                .extracting(Violation::message).asString().contains("only the prefix");
    }

    @ParameterizedTest(name = "\"{0}\" is kept as \"{1}\"")
    @CsvSource({"contoso, contoso", "'  Contoso ', contoso", "CONTOSOBR, contosobr"})
    @DisplayName("is compared for uniqueness trimmed and in lower case")
    void normalized(String given, String expected) {
        assertThat(DomainPrefix.normalized(given)).isEqualTo(expected);
    }

    @Test
    @DisplayName("a missing prefix normalizes to null")
    void normalizedNull() {
        assertThat(DomainPrefix.normalized(null)).isNull();
    }
}
