package io.partnerportal.onboarding.command.infrastructure;

import io.partnerportal.onboarding.command.customer.CustomerAggregate;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Revision;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A customer is loaded from its latest snapshot and the events after it, so a long history costs no more
 * to decide on than a short one (docs/adr/0011). A snapshot is a cache, never a record: one taken of an
 * older shape of the aggregate (another {@link Revision}) is ignored, and the customer is folded from its
 * events instead.
 */
@Configuration(proxyBeanMethods = false)
class SnapshotConfiguration {

    @Bean
    SnapshotTriggerDefinition customerSnapshotTrigger(Snapshotter snapshotter,
                                                      @Value("${onboarding.snapshots.every}") int events) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, events);
    }

    @Bean
    SnapshotFilter customerSnapshotFilter() {
        // By the aggregate type as the event store holds it, the simple name: the builder's type(Class) takes
        // the full name, which matches no stored snapshot and so would let every revision through.
        return RevisionSnapshotFilter.builder().type(CustomerAggregate.class.getSimpleName())
                .revision(CustomerAggregate.class.getAnnotation(Revision.class).value()).build();
    }
}
