package io.partnerportal.onboarding.kernel.customer;

import io.partnerportal.onboarding.kernel.customer.command.AddCustomer;
import io.partnerportal.onboarding.kernel.customer.rules.AddCustomerRules;
import io.partnerportal.onboarding.kernel.rules.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Adding a customer")
class AddCustomerRulesTest {

    static AddCustomer complete() {
        return new AddCustomer("c-1", "P-1000", "Contoso Comércio de Software Ltda", "contosobr",
                "11.222.333/0001-81", "pt-BR",
                new Contact("Ana", "Souza", "ana.souza@contoso.com.br", "+55 11 4004 0001"),
                new Address("Av. Paulista 1000", null, "São Paulo", "SP", "01310-100", "BR"), true, null);
    }

    @Test
    @DisplayName("a complete record breaks no rule")
    void completeRecordPasses() {
        assertThat(AddCustomerRules.violations(complete())).isEmpty();
    }

    @Test
    @DisplayName("reports every missing field at once, each by its JSON path")
    void reportsEveryMissingField() {
        var command = new AddCustomer("c-1", "P-1000", " ", null, null, "",
                new Contact("Ana", null, "", null), new Address(null, null, "São Paulo", null, null, null), true, null);

        assertThat(AddCustomerRules.violations(command)).extracting(Violation::field).containsExactlyInAnyOrder(
                "companyName", "domainPrefix", "language", "primaryContact.lastName", "primaryContact.email",
                "address.addressLine1", "address.country");
        assertThat(AddCustomerRules.violations(command)).extracting(Violation::code).containsOnly("REQUIRED");
    }

    @Test
    @DisplayName("a missing contact or address is one violation, not one per inner field")
    void missingGroupsAreOneViolation() {
        var command = new AddCustomer("c-1", "P-1000", "Contoso", "contoso", null, "it-IT", null, null, true, null);

        assertThat(AddCustomerRules.violations(command)).extracting(Violation::field)
                .containsExactly("primaryContact", "address");
    }
}
