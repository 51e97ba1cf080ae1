package io.partnerportal.onboarding.query.customer;

import io.swagger.v3.oas.annotations.media.Schema;
import io.partnerportal.onboarding.kernel.customer.event.CustomerEvent;
import io.partnerportal.onboarding.kernel.customer.event.RecordedCustomerEvent;
import io.partnerportal.onboarding.kernel.customer.view.CustomerView;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the customer views against the event store, the record of truth: every view is folded again from
 * its customer's events by the projection's own fold, and compared with the stored one. A view changed
 * behind the projection's back — a {@code partnerId} rewritten to move a customer into another partner's
 * list — differs from its fold and is named. Holds one view per customer in memory while it runs.
 */
@Component
public class ViewIntegrity {

    /** At most this many differences are named; the count says how many there were. */
    static final int MAX_NAMED = 100;

    private final EventStore eventStore;
    private final CustomerViewRepository views;

    ViewIntegrity(EventStore eventStore, CustomerViewRepository views) {
        this.eventStore = eventStore;
        this.views = views;
    }

    /** How a stored view stands to its fold. */
    @Schema(name = "ViewDifferenceKind")
    public enum Kind {
        /** No stored view for a customer the event store has. */
        MISSING,
        /** The stored view is at an older version: the projection has not caught up (or is parked). */
        BEHIND,
        /** The stored view claims the fold's version but says something else: changed behind the projection's back. */
        DIFFERS
    }

    @Schema(name = "ViewDifference")
    public record Difference(String customerId, Kind kind, long storedVersion, long eventStoreVersion) {
    }

    @Schema(name = "CustomerViewIntegrity", description = "Every customer view folded again from the event store and "
            + "compared with the stored one: each view that differs, is missing or is behind is named.")
    public record Result(long customersChecked, boolean ok, long differenceCount, List<Difference> differences) {
    }

    public Result check() {
        Map<String, CustomerView> folded = foldEveryCustomer();
        var differences = new ArrayList<Difference>();
        long count = 0;
        for (CustomerView truth : folded.values()) {
            CustomerView stored = views.find(truth.customerId()).orElse(null);
            Kind kind = stored == null ? Kind.MISSING
                    : stored.version() < truth.version() ? Kind.BEHIND
                    : stored.equals(truth) ? null : Kind.DIFFERS;
            if (kind != null) {
                count++;
                if (differences.size() < MAX_NAMED) {
                    differences.add(new Difference(truth.customerId(), kind, stored == null ? 0 : stored.version(), truth.version()));
                }
            }
        }
        return new Result(folded.size(), count == 0, count, differences);
    }

    private Map<String, CustomerView> foldEveryCustomer() {
        var folded = new LinkedHashMap<String, CustomerView>();
        var parked = new HashSet<String>();
        try (var stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable()) {
                TrackedEventMessage<?> message = stream.nextAvailable();
                if (message.getPayload() instanceof CustomerEvent event && message instanceof DomainEventMessage<?> domain
                        && !parked.contains(event.customerId())) {
                    var recorded = new RecordedCustomerEvent(domain.getSequenceNumber(), message.getTimestamp(), event);
                    try {
                        folded.put(event.customerId(), CustomerView.evolve(folded.get(event.customerId()), recorded));
                    } catch (RuntimeException unfoldable) {
                        // The projection parks such an event and every later one of its customer: so does the check.
                        parked.add(event.customerId());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the event store", e);
        }
        return folded;
    }
}
