package io.partnerportal.onboarding.kernel.customer.record;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A customer contact's email address")
class EmailAddressTest {

    private static final Set<String> PARTNER = Set.of("fabrikam-reseller.com", "Northwind.co.uk");

    private static List<String> codes(String email) {
        return EmailAddress.violations("primaryContact.email", email, PARTNER).stream().map(Violation::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ana.souza@contoso.com.br", "j.mueller@müller-maschinenbau.de", "zoe+billing@contoso.io",
            "o'brien@contoso.ie", "王@例子.中国", "it-admin@sub.contoso.com", "a@b.co", "ANA@CONTOSO.COM",
            " ana@contoso.com "})
    @DisplayName("a well-formed address at the customer breaks no rule")
    void wellFormedPasses(String email) {
        assertThat(codes(email)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    @DisplayName("a missing address is only REQUIRED")
    void missingIsRequiredOnly(String email) {
        assertThat(EmailAddress.violations("primaryContact.email", email, Set.of()))
                .containsExactly(Violation.required("primaryContact.email"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ana.souza", "ana@@contoso.com", "ana@souza@contoso.com", "@contoso.com", "ana@",
            "ana souza@contoso.com", "ana@contoso", "ana@contoso.c", "ana@contoso.123", "ana@-contoso.com",
            "ana@contoso-.com", "ana@contoso..com", "ana@.contoso.com", "ana@contoso.com.", "ana@con_toso.com",
            ".ana@contoso.com", "ana.@contoso.com", "an..a@contoso.com", "ana<x>@contoso.com", "ana@contoso com"})
    @DisplayName("a malformed address is refused")
    void malformed(String email) {
        assertThat(codes(email)).containsExactly("EMAIL_FORMAT");
    }

    @Test
    @DisplayName("the local part may have 64 characters, not 65")
    void localPartLength() {
        assertThat(codes("a".repeat(64) + "@contoso.com")).isEmpty();
        assertThat(codes("a".repeat(65) + "@contoso.com")).containsExactly("EMAIL_FORMAT");
    }

    @Test
    @DisplayName("the whole address may have 254 characters, not 255")
    void totalLength() {
        String longest = address(57);
        assertThat(longest).hasSize(254);
        assertThat(codes(longest)).isEmpty();
        assertThat(codes(address(58))).containsExactly("EMAIL_FORMAT");
    }

    // Every part within its own limit (local part 64, labels 63); only the total grows with the third label.
    private static String address(int thirdLabelLength) {
        return "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(thirdLabelLength)
                + ".com";
    }

    @Nested
    @DisplayName("must belong to the customer")
    class Ownership {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"ana@microsoft.com", "ana@MICROSOFT.COM", "ana@europe.microsoft.com"})
        @DisplayName("an address at microsoft.com or a subdomain of it is refused")
        void platformDomain(String email) {
            assertThat(codes(email)).containsExactly("EMAIL_PLATFORM_DOMAIN");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"ana@notmicrosoft.com", "ana@contoso.onmicrosoft.com", "ana@microsoft.com.br"})
        @DisplayName("a domain that merely ends with the same letters is not the platform's")
        void lookAlikeIsNotPlatform(String email) {
            assertThat(codes(email)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"sales@fabrikam-reseller.com", "sales@FABRIKAM-RESELLER.COM",
                "sales@eu.fabrikam-reseller.com", "sales@northwind.co.uk"})
        @DisplayName("an address at one of the partner's domains or their subdomains is refused")
        void partnerDomain(String email) {
            assertThat(codes(email)).containsExactly("EMAIL_PARTNER_DOMAIN");
        }

        @Test
        @DisplayName("a domain that merely ends with a partner domain's letters is not the partner's")
        void lookAlikeIsNotPartner() {
            assertThat(codes("ana@myfabrikam-reseller.com")).isEmpty();
        }

        @Test
        @DisplayName("no partner domains (empty, null, or holding blanks) means no partner check")
        void noPartnerDomains() {
            var withBlanks = new HashSet<String>();
            withBlanks.add(null);
            withBlanks.add(" ");
            assertThat(EmailAddress.violations("email", "ana@contoso.com", Set.of())).isEmpty();
            assertThat(EmailAddress.violations("email", "ana@contoso.com", null)).isEmpty();
            assertThat(EmailAddress.violations("email", "ana@contoso.com", withBlanks)).isEmpty();
        }

        @Test
        @DisplayName("reports the platform and the partner domain together when both apply")
        void reportsAll() {
            assertThat(EmailAddress.violations("email", "ana@microsoft.com", Set.of("microsoft.com")))
                    .extracting(Violation::code)
                    .containsExactlyInAnyOrder("EMAIL_PLATFORM_DOMAIN", "EMAIL_PARTNER_DOMAIN");
        }
    }
}
