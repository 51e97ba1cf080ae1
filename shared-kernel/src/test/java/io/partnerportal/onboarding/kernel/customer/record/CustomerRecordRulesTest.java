package io.partnerportal.onboarding.kernel.customer.record;

import io.partnerportal.onboarding.kernel.customer.record.Address;
import io.partnerportal.onboarding.kernel.customer.record.Contact;
import io.partnerportal.onboarding.kernel.customer.command.AddCustomer;
import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A customer record")
class CustomerRecordRulesTest {

    private static final Set<String> PARTNER_DOMAINS = Set.of("contoso-partners.example");

    static AddCustomer brazilian(String registrationId, Contact contact) {
        return new AddCustomer("c-1", "P-1000", "Contoso Comércio de Software Ltda", "contosobr", registrationId,
                "pt-BR", contact, new Address("Av. Paulista 1000", null, "São Paulo", "SP", "01310-100", "BR"), true,
                null, "g");
    }

    static final Contact ANA = new Contact("Ana", "Souza", "ana.souza@contoso.com.br", "+55 11 4004 0001");

    @Test
    @DisplayName("that is complete and well-formed breaks no rule")
    void completeRecordPasses() {
        assertThat(violationsOf(brazilian("11.222.333/0001-81", ANA), PARTNER_DOMAINS)).isEmpty();
    }

    @Test
    @DisplayName("reports every broken rule of every field at once")
    void reportsEverything() {
        var command = new AddCustomer("c-1", "P-1000", "LLC", "contoso.onmicrosoft.com", null, "portuguese",
                new Contact("test", "Souza", "ana@contoso-partners.example", null),
                new Address("Av. Paulista 1000", null, "São Paulo", "XX", "0131", "BR"), true, null, "g");

        assertThat(violationsOf(command, PARTNER_DOMAINS)).extracting(Violation::field)
                .containsExactlyInAnyOrder("domainPrefix", "language", "companyName", "address.state",
                        "address.postalCode", "registrationId", "primaryContact.firstName", "primaryContact.email",
                        "primaryContact.phone");
    }

    @Test
    @DisplayName("in one of the 24 countries needs a registration id and a phone")
    void registrationIdAndPhoneInListedCountries() {
        var noPhone = new Contact("Ana", "Souza", "ana.souza@contoso.com.br", null);

        assertThat(violationsOf(brazilian(null, noPhone), Set.of())).extracting(Violation::field)
                .containsExactly("registrationId", "primaryContact.phone");
    }

    @Test
    @DisplayName("elsewhere needs neither")
    void neitherElsewhere() {
        var italian = new AddCustomer("c-1", "P-1000", "Fabrikam S.p.A.", "fabrikamit", null, "it-IT",
                new Contact("Giulia", "Bianchi", "giulia@fabrikam.it", null),
                new Address("Via Roma 1", null, "Milano", null, "20121", "IT"), true, null, "g");

        assertThat(violationsOf(italian, Set.of())).isEmpty();
    }

    @Test
    @DisplayName("with a personal id instead of the company's is refused")
    void personalIdRefused() {
        assertThat(violationsOf(brazilian("111.444.777-35", ANA), Set.of()))
                .extracting(Violation::code).containsExactly("PERSONAL_ID_NOT_ALLOWED");
    }

    @Test
    @DisplayName("whose company name contains a domain ending is accepted with a warning")
    void domainInNameWarns() {
        assertThat(CustomerRecordRules.warnings("Contoso.com Ltda")).extracting(Violation::code)
                .containsExactly("COMPANY_NAME_CONTAINS_DOMAIN");
        assertThat(CustomerRecordRules.warnings("Contoso Ltda")).isEmpty();
    }

    private static List<Violation> violationsOf(AddCustomer command, Set<String> partnerDomains) {
        return CustomerRecordRules.violations(command.domainPrefix(), command.language(), command.billingProfile(),
                partnerDomains);
    }
}
