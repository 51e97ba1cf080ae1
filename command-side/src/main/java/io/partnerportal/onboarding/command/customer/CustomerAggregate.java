package io.partnerportal.onboarding.command.customer;

import io.partnerportal.onboarding.kernel.customer.VerificationStatus;
import io.partnerportal.onboarding.kernel.customer.command.AddCustomer;
import io.partnerportal.onboarding.kernel.customer.event.CustomerAdded;
import io.partnerportal.onboarding.kernel.customer.event.CustomerEvent;
import io.partnerportal.onboarding.kernel.customer.rules.AddCustomerRules;
import io.partnerportal.onboarding.kernel.customer.rules.Permissions;
import io.partnerportal.onboarding.kernel.customer.state.CustomerState;
import io.partnerportal.onboarding.kernel.identity.Attribution;
import io.partnerportal.onboarding.kernel.rules.CommandRejectedException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One customer's consistency boundary: every rule is decided here, from the customer's own history.
 * Command handlers check the rules (pure functions of the kernel) and apply events; the one event-sourcing
 * handler only folds events into state.
 */
@Aggregate
public class CustomerAggregate {

    @AggregateIdentifier
    private String customerId;
    private CustomerState state;
    private long version;

    protected CustomerAggregate() {
        // Axon rebuilds the aggregate from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public CommandOutcome handle(AddCustomer command, MetaData metaData) {
        Permissions.requireMayAddCustomers(Attribution.callerOf(metaData));
        var violations = AddCustomerRules.violations(command);
        if (!violations.isEmpty()) {
            throw new CommandRejectedException(violations);
        }
        apply(new CustomerAdded(command.customerId(), command.partnerId(), command.companyName(),
                command.domainPrefix(), command.registrationId(), command.language(), command.primaryContact(),
                command.address(), command.defaultGdapConsent(), command.associatedResellerId(),
                VerificationStatus.PENDING, List.of()));
        return outcome(List.of());
    }

    @EventSourcingHandler
    void on(CustomerEvent event, @SequenceNumber long sequence) {
        customerId = event.customerId();
        state = CustomerState.evolve(state, event);
        version = sequence + 1;
    }

    private CommandOutcome outcome(List<io.partnerportal.onboarding.kernel.rules.Violation> warnings) {
        return new CommandOutcome(customerId, version, state.verificationStatus(), warnings);
    }
}
