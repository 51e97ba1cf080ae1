package io.partnerportal.onboarding.query.customer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.partnerportal.onboarding.kernel.customer.record.Address;
import io.partnerportal.onboarding.kernel.customer.record.Contact;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationStatus;
import io.partnerportal.onboarding.kernel.customer.event.CustomerAdded;
import io.partnerportal.onboarding.kernel.customer.record.BillingProfile;
import io.partnerportal.onboarding.kernel.customer.event.RecordedCustomerEvent;
import io.partnerportal.onboarding.kernel.customer.view.CustomerView;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.query.readmodel.EmbeddedMongo;
import io.partnerportal.onboarding.kernel.customer.event.CostManagementDisabled;
import io.partnerportal.onboarding.kernel.customer.event.CostManagementEnabled;
import io.partnerportal.onboarding.kernel.customer.event.CustomerEvent;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The customer view projection, on the embedded MongoDB")
class CustomerViewProjectionTest {

    private static final Instant AT = Instant.parse("2026-11-20T09:30:00Z");

    private EmbeddedMongo mongo;
    private MongoClient client;
    private SimpleMeterRegistry metrics;
    private CustomerViewRepository views;
    private CustomerViewProjection projection;

    @BeforeEach
    void start() {
        mongo = EmbeddedMongo.start(IsolatedStores.newDataDir(), 0);
        client = MongoClients.create(mongo.connectionString());
        ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
        views = new CustomerViewRepository(client.getDatabase("projection_test"), json);
        metrics = new SimpleMeterRegistry();
        projection = new CustomerViewProjection(views, new ViewChanges(), metrics);
    }

    @AfterEach
    void stop() {
        client.close();
        mongo.close();
    }

    private static CustomerAdded added() {
        return new CustomerAdded("c-9", "P-1000", "northwindhu", "hu-HU",
                new BillingProfile("Northwind Traders Kft.", "12345678-2-41", new Contact("Anna", "Kovács", "anna@northwind.hu", "+36 1 555 0100"),
                        new Address("Váci út 1", null, "Budapest", null, "1062", "HU")), true, null, VerificationStatus.PENDING, List.of());
    }

    private double counted(String outcome) {
        return metrics.counter("onboarding.projection.events", "projection", "customer-view", "outcome", outcome).count();
    }

    @Test
    @DisplayName("stores the view the shared fold computes, readable back field for field")
    void storesTheFoldedView() {
        projection.on(added(), 0, AT, ReplayStatus.REGULAR);

        assertThat(views.find("c-9")).contains(CustomerView.evolve(null, new RecordedCustomerEvent(0, AT, added())));
    }

    @Test
    @DisplayName("in a replay rebuilds the document from the customer's first event")
    void replayRebuilds() {
        projection.on(added(), 0, AT, ReplayStatus.REGULAR);

        projection.on(added(), 0, AT.plusSeconds(60), ReplayStatus.REPLAY);

        assertThat(views.find("c-9")).get().extracting(CustomerView::lastChangedAt, CustomerView::version)
                .containsExactly(AT.plusSeconds(60), 1L);
    }

    @Test
    @DisplayName("ignores a re-delivered event: the view stays as it was and the event counts as skipped")
    void isIdempotent() {
        projection.on(added(), 0, AT, ReplayStatus.REGULAR);
        projection.on(added(), 0, AT.plusSeconds(60), ReplayStatus.REGULAR);

        assertThat(views.find("c-9")).get().extracting(CustomerView::lastChangedAt, CustomerView::version)
                .containsExactly(AT, 1L);
        assertThat(counted("applied")).isEqualTo(1);
        assertThat(counted("skipped")).isEqualTo(1);
    }

    @Test
    @DisplayName("in a batch of events writes each view once, when the batch ends, each event evolving the view before it")
    void batchWritesOnceAtItsEnd() {
        var events = List.of(added(), new CostManagementEnabled("c-9"), new CostManagementDisabled("c-9"));
        var batch = new BatchingUnitOfWork<>(events.stream().map(GenericEventMessage::asEventMessage).toList());
        var sequence = new AtomicLong();

        var result = batch.executeWithResult(() -> {
            assertThat(views.find("c-9")).as("nothing written before the batch ends").isEmpty();
            projection.on((CustomerEvent) CurrentUnitOfWork.get().getMessage().getPayload(), sequence.getAndIncrement(),
                    AT.plusSeconds(sequence.get()), ReplayStatus.REGULAR);
            return null;
        });

        assertThat(result.isExceptional()).as("the batch's handling failed: %s", result.optionalExceptionResult()).isFalse();
        CustomerView expected = null;
        for (int i = 0; i < events.size(); i++) {
            expected = CustomerView.evolve(expected, new RecordedCustomerEvent(i, AT.plusSeconds(i + 1), events.get(i)));
        }
        assertThat(views.find("c-9")).contains(expected);
        assertThat(expected.version()).isEqualTo(3);
        assertThat(counted("applied")).isEqualTo(3);
    }
}
