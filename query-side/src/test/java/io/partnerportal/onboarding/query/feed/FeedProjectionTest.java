package io.partnerportal.onboarding.query.feed;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.partnerportal.onboarding.kernel.customer.event.CostManagementDisabled;
import io.partnerportal.onboarding.kernel.customer.event.CostManagementEnabled;
import io.partnerportal.onboarding.kernel.customer.event.CustomerAdded;
import io.partnerportal.onboarding.kernel.customer.event.CustomerEvent;
import io.partnerportal.onboarding.kernel.customer.record.Address;
import io.partnerportal.onboarding.kernel.customer.record.BillingProfile;
import io.partnerportal.onboarding.kernel.customer.record.Contact;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationStatus;
import io.partnerportal.onboarding.platform.storage.StoredJsonConfiguration;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.query.readmodel.EmbeddedMongo;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The feed projection, a batch of events at a time")
class FeedProjectionTest {

    private EmbeddedMongo mongo;
    private MongoClient client;
    private FeedEntries feed;
    private FeedProjection projection;

    @BeforeEach
    void start() {
        mongo = EmbeddedMongo.start(IsolatedStores.newDataDir(), 0);
        client = MongoClients.create(mongo.connectionString());
        feed = new FeedEntries(client.getDatabase("feed_test"));
        projection = new FeedProjection(feed, new FeedEntryWriter(StoredJsonConfiguration.newMapper()), new FeedHead(feed),
                new SimpleMeterRegistry());
    }

    @AfterEach
    void stop() {
        client.close();
        mongo.close();
    }

    private static DomainEventMessage<CustomerEvent> recorded(String customerId, long sequence, CustomerEvent event) {
        return new GenericDomainEventMessage<>("Customer", customerId, sequence, event);
    }

    private static CustomerAdded added(String customerId, String partnerId) {
        return new CustomerAdded(customerId, partnerId, "northwindhu", "hu-HU",
                new BillingProfile("Northwind Traders Kft.", "12345678-2-41", new Contact("Anna", "Kovács", "anna@northwind.hu", "+36 1 555 0100"),
                        new Address("Váci út 1", null, "Budapest", null, "1062", "HU")), true, null, VerificationStatus.PENDING, List.of());
    }

    /** Hands the events to the projection as a pooled processor does: one unit of work, committed at the end. */
    private void handle(List<DomainEventMessage<CustomerEvent>> events) {
        var failure = handleFailing(events);
        assertThat(failure).as("the batch's handling failed").isNull();
    }

    /** As {@link #handle}, answering why the batch failed, or null. */
    private Throwable handleFailing(List<DomainEventMessage<CustomerEvent>> events) {
        var batch = new BatchingUnitOfWork<>(events);
        try {
            var result = batch.executeWithResult(() -> {
                @SuppressWarnings("unchecked")
                var message = (DomainEventMessage<CustomerEvent>) CurrentUnitOfWork.get().getMessage();
                projection.on(message.getPayload(), message, message.getSequenceNumber());
                return null;
            });
            return result.isExceptional() ? result.exceptionResult() : null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private List<String> subjectsInOrder() {
        return feed.window(0, 100, null).stream().map(entry -> entry.json().replaceAll(".*\"subject\":\"([^\"]+)\".*", "$1")).toList();
    }

    @Test
    @DisplayName("numbers the events of consecutive batches 1, 2, 3, … in the order handled, each with its owner")
    void densePositionsAcrossBatches() {
        handle(List.of(recorded("c-1", 0, added("c-1", "P-1")), recorded("c-2", 0, added("c-2", "P-2")),
                recorded("c-1", 1, new CostManagementEnabled("c-1"))));
        handle(List.of(recorded("c-2", 1, new CostManagementEnabled("c-2")), recorded("c-1", 2, new CostManagementDisabled("c-1"))));

        assertThat(feed.head()).isEqualTo(5);
        assertThat(feed.window(0, 100, null)).extracting(FeedEntries.Stored::position).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(subjectsInOrder()).containsExactly("c-1", "c-2", "c-1", "c-2", "c-1");
        assertThat(feed.page(new FeedEntries.Criteria(0, 100, null, null, "P-2")))
                .as("an event in a later batch finds the owner recorded by an earlier one")
                .extracting(FeedEntries.Stored::position).containsExactly(2L, 4L);
    }

    @Test
    @DisplayName("skips a batch delivered again, whole or in part, and gives the new events the next positions")
    void redeliveredBatchKeepsItsPositions() {
        var first = recorded("c-1", 0, added("c-1", "P-1"));
        var second = recorded("c-1", 1, new CostManagementEnabled("c-1"));
        var third = recorded("c-1", 2, new CostManagementDisabled("c-1"));
        handle(List.of(first, second));
        List<FeedEntries.Stored> before = feed.window(0, 100, null);

        handle(List.of(first, second, third));

        assertThat(feed.window(0, 2, null)).isEqualTo(before);
        assertThat(feed.head()).isEqualTo(3);
        assertThat(feed.window(2, 3, null).getFirst().json()).contains("\"id\":\"" + third.getIdentifier() + "\"");
    }

    @Test
    @DisplayName("fails a batch whose positions another instance took meanwhile, and numbers it after the new head when it comes again")
    void positionTakenByAnotherInstance() {
        handle(List.of(recorded("c-1", 0, added("c-1", "P-1"))));
        var elsewhere = recorded("c-2", 0, added("c-2", "P-2"));
        feed.appendAll(List.of(new FeedEntries.Entry(2, new FeedEntries.Indexed(elsewhere.getIdentifier(), "CustomerAdded",
                "c-2", new FeedEntries.Owner("P-2", null), null, elsewhere.getTimestamp()), "{}")));
        var next = List.of(recorded("c-1", 1, new CostManagementEnabled("c-1")));

        assertThat(handleFailing(next)).as("the write at a taken position fails the batch").isNotNull();
        handle(next);

        assertThat(feed.head()).isEqualTo(3);
        assertThat(feed.window(2, 3, null).getFirst().json()).contains("\"id\":\"" + next.getFirst().getIdentifier() + "\"");
    }
}
