package io.partnerportal.onboarding.kernel.customer.record;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A company name")
class CompanyNameTest {

    private static List<String> codes(String name) {
        return CompanyName.violations("companyName", name).stream().map(Violation::code).toList();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Contoso Comércio de Software Ltda", "Müller Maschinenbau GmbH", "Zoë Design Studio",
            "王氏贸易有限公司", "株式会社コントソ", "ООО Ромашка", "Fabrikam, Inc.", "3M", "7-Eleven, Inc.",
            "A&B Holdings Ltd", "Dot Com Ltd", "Test Valley Brewery Ltd", "Abc Kitchen Supplies", "EY",
            "Ab Initio Software LLC"})
    @DisplayName("a real-looking legal name breaks no rule")
    void realNamesPass(String name) {
        assertThat(codes(name)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t", " \t "})
    @DisplayName("a missing name, or one of only spaces and tabs, is only REQUIRED")
    void missingIsRequiredOnly(String name) {
        assertThat(CompanyName.violations("companyName", name)).containsExactly(Violation.required("companyName"));
    }

    @Test
    @DisplayName("echoes the given field path into every violation")
    void echoesField() {
        assertThat(CompanyName.violations("customers[2].companyName", "Inc"))
                .extracting(Violation::field).containsOnly("customers[2].companyName");
    }

    @Nested
    @DisplayName("length")
    class Length {

        @Test
        @DisplayName("a one-character name is too short")
        void oneCharacterIsTooShort() {
            assertThat(codes("Q")).containsExactly("COMPANY_NAME_LENGTH");
        }

        @Test
        @DisplayName("255 characters are accepted, 256 are not, counted after trimming")
        void upperBound() {
            String longest = "C" + "o".repeat(254);
            assertThat(codes("  " + longest + "  ")).isEmpty();
            assertThat(codes(longest + "n")).containsExactly("COMPANY_NAME_LENGTH");
        }

        @Test
        @DisplayName("counts characters, not UTF-16 units, so 255 CJK supplementary characters fit")
        void countsCodePoints() {
            assertThat(codes("𠀀".repeat(255))).doesNotContain("COMPANY_NAME_LENGTH");
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"!!", "...", "---", "&/&", "()", "🚀🚀"})
    @DisplayName("a name without any letter or digit is refused")
    void noLetters(String name) {
        assertThat(codes(name)).containsExactly("COMPANY_NAME_NO_LETTERS");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"LLC", "inc", "Inc.", "Ltd", "GmbH", "Pvt. Ltd.", "pvt  ltd", "SARL", "S.à r.l.", "Kft.",
            "OOO", "Sdn. Bhd.", "Co.", "Corp", "PLC", "AG", "S.A.", "S.r.l.", "S.p.A.", "B.V.", "N.V.", "Oy", "AB",
            "AS", "Sp. z o.o.", "LTDA", "Pty Ltd", "(Pty) Ltd", "GmbH & Co. KG", "Co., Ltd.", "A.Ş.", "ООО", "有限公司"})
    @DisplayName("a name of only a legal-form abbreviation is refused, whatever its case, dots and spaces")
    void legalFormOnly(String name) {
        assertThat(codes(name)).contains("COMPANY_NAME_LEGAL_FORM_ONLY");
    }

    @Test
    @DisplayName("the legal-form message names the rule")
    void legalFormMessage() {
        assertThat(CompanyName.violations("companyName", "GmbH")).singleElement()
                .extracting(Violation::message).asString().contains("legal name", "legal form", "GmbH");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"999", "aaaa", "ZZZZZZ", "0000000"})
    @DisplayName("one letter or digit repeated three or more times, and nothing else, is refused")
    void repeatedCharacter(String name) {
        assertThat(codes(name)).containsExactly("COMPANY_NAME_REPEATED_CHARACTER");
    }

    @Test
    @DisplayName("the same character only twice is not a repetition (two-letter names exist)")
    void twiceIsNotRepetition() {
        assertThat(codes("EE")).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"1 2 3", "a b c", "x y", "A  B\tC"})
    @DisplayName("single characters separated by spaces are refused")
    void singleCharacters(String name) {
        assertThat(codes(name)).containsExactly("COMPANY_NAME_SINGLE_CHARACTERS");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"test", "Test Company", "TESTING", "demo", "Sample", "example", "Dummy", "fake", "asdf",
            "abc", "N/A", "None", "company", "test  company", "Lorem Ipsum"})
    @DisplayName("a test or placeholder name is refused, whatever its case")
    void placeholders(String name) {
        assertThat(codes(name)).containsExactly("COMPANY_NAME_PLACEHOLDER");
    }

    @Test
    @DisplayName("reports every broken rule at once: 'xxx' is both a repetition and a placeholder")
    void reportsAll() {
        assertThat(codes("xxx"))
                .containsExactlyInAnyOrder("COMPANY_NAME_REPEATED_CHARACTER", "COMPANY_NAME_PLACEHOLDER");
    }

    @Nested
    @DisplayName("warnings")
    class Warnings {

        private static List<String> warningCodes(String name) {
            return CompanyName.warnings("companyName", name).stream().map(Violation::code).toList();
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"Contoso.com Ltd", "contoso.net", "Fabrikam.org Foundation", "acme.io",
                "Contoso.co.uk Ltd", "Contoso.com.br Ltda", "www.contoso.de GmbH", "Amazon.com, Inc.", "Northwind.COM"})
        @DisplayName("a name holding a web domain is accepted but warned about")
        void domainWarns(String name) {
            assertThat(codes(name)).isEmpty();
            assertThat(warningCodes(name)).containsExactly("COMPANY_NAME_CONTAINS_DOMAIN");
        }

        @Test
        @DisplayName("the warning names the domain and asks for the legal name")
        void warningMessage() {
            assertThat(CompanyName.warnings("companyName", "Contoso.com Ltd")).singleElement()
                    .satisfies(w -> assertThat(w.field()).isEqualTo("companyName"))
                    .extracting(Violation::message).asString().contains("Contoso.com", "legal name");
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"Dot Com Ltd", "Contoso Comércio de Software Ltda", "Müller GmbH & Co.KG",
                "Fabrikam S.A.", "Contoso Sp. z o.o.", "Contoso S.p.A.", "Northwind Holding.AG", "J.P. Morgan",
                "Company 2.0 Ltd"})
        @DisplayName("dots of abbreviations, legal forms and version numbers are not domains")
        void noDomainNoWarning(String name) {
            assertThat(warningCodes(name)).isEmpty();
        }

        @ParameterizedTest(name = "\"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        @DisplayName("a missing name gives no warning (it is already a violation)")
        void missingGivesNoWarning(String name) {
            assertThat(warningCodes(name)).isEmpty();
        }
    }
}
