package io.partnerportal.onboarding.command.customer;

import io.partnerportal.onboarding.kernel.customer.Address;
import io.partnerportal.onboarding.kernel.customer.Contact;
import io.partnerportal.onboarding.kernel.customer.VerificationStatus;
import io.partnerportal.onboarding.kernel.customer.command.AddCustomer;
import io.partnerportal.onboarding.kernel.customer.event.CustomerAdded;
import io.partnerportal.onboarding.kernel.identity.Attribution;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.identity.PartnerKind;
import io.partnerportal.onboarding.kernel.identity.Role;
import io.partnerportal.onboarding.kernel.rules.CommandRejectedException;
import io.partnerportal.onboarding.kernel.rules.NotPermittedException;
import io.partnerportal.onboarding.kernel.rules.Violation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.test.matchers.Matchers.predicate;

@DisplayName("A customer")
class CustomerAggregateTest {

    private static final Caller GINA = new Caller("gina", "P-1000", PartnerKind.DIRECT_BILL, Set.of(Role.GLOBAL_ADMIN));
    private static final Caller RITA = new Caller("rita", "P-2100", PartnerKind.INDIRECT_RESELLER,
            Set.of(Role.INDIRECT_RESELLER));
    private static final Caller VERA = new Caller("vera", null, null, Set.of(Role.VERIFICATION_OFFICER));

    private AggregateTestFixture<CustomerAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CustomerAggregate.class);
    }

    private static AddCustomer addContoso() {
        return new AddCustomer("c-1", "P-1000", "Contoso Comércio de Software Ltda", "contosobr",
                "11.222.333/0001-81", "pt-BR",
                new Contact("Ana", "Souza", "ana.souza@contoso.com.br", "+55 11 4004 0001"),
                new Address("Av. Paulista 1000", null, "São Paulo", "SP", "01310-100", "BR"), true, null);
    }

    private static Map<String, Object> by(Caller caller) {
        return Attribution.of(caller, "req-1");
    }

    @Nested
    @DisplayName("when added")
    class WhenAdded {

        @Test
        @DisplayName("is recorded as pending verification, with the whole record, at version 1")
        void isPendingAtVersionOne() {
            AddCustomer command = addContoso();
            fixture.givenNoPriorActivity()
                    .when(command, by(GINA))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new CustomerAdded("c-1", "P-1000", command.companyName(), "contosobr",
                            command.registrationId(), "pt-BR", command.primaryContact(), command.address(), true,
                            null, VerificationStatus.PENDING, List.of()))
                    .expectResultMessagePayload(new CommandOutcome("c-1", 1, VerificationStatus.PENDING, List.of()));
        }

        @Test
        @DisplayName("with fields missing is refused with every violation, and nothing is recorded")
        void missingFieldsAreRefused() {
            var incomplete = new AddCustomer("c-1", "P-1000", "", null, null, "pt-BR", null,
                    addContoso().address(), true, null);
            fixture.givenNoPriorActivity()
                    .when(incomplete, by(GINA))
                    .expectNoEvents()
                    .expectException(predicate(e -> e instanceof CommandRejectedException rejected
                            && rejected.violations().stream().map(Violation::field).toList()
                            .equals(List.of("companyName", "domainPrefix", "primaryContact"))));
        }

        @Test
        @DisplayName("by an indirect reseller is refused, pointing to a relationship request")
        void resellerIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(addContoso(), by(RITA))
                    .expectNoEvents()
                    .expectException(NotPermittedException.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("request a relationship"));
        }

        @Test
        @DisplayName("by platform staff is refused: only a partner adds its customers")
        void platformStaffIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(addContoso(), by(VERA))
                    .expectNoEvents()
                    .expectException(NotPermittedException.class);
        }
    }
}
