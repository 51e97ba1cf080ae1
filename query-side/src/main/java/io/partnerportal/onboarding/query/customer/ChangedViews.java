package io.partnerportal.onboarding.query.customer;

import io.partnerportal.onboarding.kernel.customer.view.CustomerView;
import io.partnerportal.onboarding.query.processing.PendingWrites;
import io.partnerportal.onboarding.query.processing.ProjectionCounters;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The customer views a batch of events changed, the newest of each customer, written in one bulk write when the
 * batch ends. A later event of the same customer in the batch evolves the view held here, not the stored one.
 */
final class ChangedViews implements PendingWrites {

    private final CustomerViewRepository views;
    private final ViewChanges changes;
    private final ProjectionCounters counters;
    private final Map<String, CustomerView> changed = new LinkedHashMap<>();
    private long applied;

    ChangedViews(CustomerViewRepository views, ViewChanges changes, ProjectionCounters counters) {
        this.views = views;
        this.changes = changes;
        this.counters = counters;
    }

    /** The customer's view as this batch left it so far, else as stored; null before its first event. */
    CustomerView current(String customerId) {
        CustomerView held = changed.get(customerId);
        return held != null ? held : views.find(customerId).orElse(null);
    }

    void put(CustomerView view) {
        changed.put(view.customerId(), view);
        applied++;
    }

    @Override
    public void flush() {
        if (changed.isEmpty()) {
            return;
        }
        views.saveAll(changed.values());
        // Readers waiting for a version look only once the views are there to be read.
        changed.keySet().forEach(changes::changed);
        counters.applied().increment(applied);
        changed.clear();
        applied = 0;
    }
}
