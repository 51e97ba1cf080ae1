package io.partnerportal.onboarding.query.customer;

import io.swagger.v3.oas.annotations.media.Schema;
import io.partnerportal.onboarding.kernel.customer.event.CustomerAdded;
import io.partnerportal.onboarding.kernel.customer.event.CustomerEvent;
import io.partnerportal.onboarding.kernel.customer.event.RecordedCustomerEvent;
import io.partnerportal.onboarding.kernel.customer.event.RelationshipRequested;
import io.partnerportal.onboarding.kernel.customer.view.CustomerView;
import io.partnerportal.onboarding.kernel.identity.Attribution;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.customer.access.AccessRules;
import io.partnerportal.onboarding.kernel.customer.access.CustomerAction;
import io.partnerportal.onboarding.kernel.rejection.CustomerNotFoundException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer's history read straight from the event store, the record of truth: for auditors, and for
 * the view as it stood at an instant, folded by the same {@link CustomerView#evolve} as the projection.
 */
@Component
public class CustomerHistory {

    /**
     * A history is read from its first event, never from a snapshot: snapshots are the command side's cache of
     * its own state (ADR 11), and readEvents without a sequence number would start at the latest one.
     */
    private static final long FIRST = 0;

    private final EventStore eventStore;

    public CustomerHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** One event of the history, with who did it and in which request. */
    @Schema(name = "CustomerHistoryEntry")
    public record Entry(long sequence, String type, Instant occurredAt, String actor, String role, List<String> roles,
                        String partnerId, String correlationId, CustomerEvent payload) {
    }

    /** Every event of the customer in order; the caller must be allowed to see the customer. */
    public List<Entry> of(String customerId, Caller caller) {
        List<? extends DomainEventMessage<?>> events = visibleEvents(customerId, caller);
        // Another partner's relationship request is not the customer's history: the few stored here before
        // requests had records of their own stay in the stream, and out of what its owner is shown.
        return events.stream().filter(event -> !(event.getPayload() instanceof RelationshipRequested))
                .map(CustomerHistory::entry).toList();
    }

    /** The view as it stood at {@code asOf}; empty when the customer did not exist yet. */
    public Optional<CustomerView> asOf(String customerId, Instant asOf, Caller caller) {
        CustomerView view = null;
        for (DomainEventMessage<?> event : visibleEvents(customerId, caller)) {
            if (event.getTimestamp().isAfter(asOf)) {
                break;
            }
            view = CustomerView.evolve(view, recorded(event));
        }
        return Optional.ofNullable(view);
    }

    /**
     * Throws what answers 404 unless the customer exists in the event store and the caller may see it: for a
     * read that waits for a view not projected yet, so that waiting never tells an unknown customer from one
     * the caller may not see.
     */
    public void requireVisible(String customerId, Caller caller) {
        var events = eventStore.readEvents(customerId, FIRST);
        if (!events.hasNext() || !(events.next().getPayload() instanceof CustomerAdded added)) {
            throw new CustomerNotFoundException(customerId);
        }
        AccessRules.require(caller, CustomerAction.READ_CUSTOMER, customerId, added.partnerId(), added.associatedResellerId());
    }

    private List<? extends DomainEventMessage<?>> visibleEvents(String customerId, Caller caller) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(customerId, FIRST).asStream().toList();
        if (events.isEmpty() || !(events.getFirst().getPayload() instanceof CustomerAdded added)) {
            throw new CustomerNotFoundException(customerId);
        }
        AccessRules.require(caller, CustomerAction.READ_CUSTOMER, customerId, added.partnerId(), added.associatedResellerId());
        return events;
    }

    private static RecordedCustomerEvent recorded(DomainEventMessage<?> event) {
        return new RecordedCustomerEvent(event.getSequenceNumber(), event.getTimestamp(), (CustomerEvent) event.getPayload());
    }

    private static Entry entry(DomainEventMessage<?> event) {
        Map<String, ?> metaData = event.getMetaData();
        List<String> roles = metaData.get(Attribution.ROLES) instanceof Collection<?> names
                ? names.stream().map(String::valueOf).toList() : List.of();
        return new Entry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(), event.getTimestamp(),
                (String) metaData.get(Attribution.ACTOR), roles.isEmpty() ? null : roles.getFirst(), roles,
                (String) metaData.get(Attribution.PARTNER_ID), (String) metaData.get(Attribution.CORRELATION_ID),
                (CustomerEvent) event.getPayload());
    }
}
