package io.partnerportal.onboarding.standalone.bench;

import com.mongodb.client.MongoClients;
import io.partnerportal.onboarding.platform.testing.BackendProcess;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.query.processing.EventProcessingConfiguration;
import io.partnerportal.onboarding.query.readmodel.EmbeddedMongo;
import io.partnerportal.onboarding.standalone.StandaloneApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The load benchmark at a tiny rate, so that it cannot rot: each simulation and each raw baseline runs two
 * seconds at two arrivals (or two clients) a second against a backend in its own process, in JWT mode, and
 * every request must succeed; the long histories, the projection lag and the replay run at a tiny size, and
 * the replay's fill and raw pass work on the stopped backend's store. No speed is asserted: figures are for
 * people to read (bin/bench, docs/benchmarks.md).
 */
class LoadBenchmarkSmokeTest {

    @Test
    void everySimulationAndBaselineRunsWithoutAFailedRequest(@TempDir Path rawStore) throws Exception {
        int mongoPort = freePort();
        var stores = new IsolatedStores() {
            // A known port, so that the raw baseline can find the backend's embedded MongoDB.
            @Override
            public Map<String, Object> properties() {
                var properties = new HashMap<>(super.properties());
                properties.put("onboarding.read-models.embedded-port", String.valueOf(mongoPort));
                return properties;
            }
        };
        try (var backend = BackendProcess.start(StandaloneApplication.class, stores, "bench-smoke",
                BenchPartner.jwtModeArguments())) {
            String baseUrl = "http://localhost:" + backend.port();
            String token = BenchPartner.token(Duration.ofMinutes(5));
            var settings = new LoadSettings(baseUrl, token, List.of(2), 2, List.of());
            Path results = Path.of("target", "gatling-smoke");

            var memory = new ResidentMemory(backend.pid(), "smoke");
            var commands = GatlingRun.of(CommandSimulation.class, settings, results).figures();
            var byClients = GatlingRun.of(ConcurrentClientsSimulation.class, settings, results).figures();
            List<String> customers = BenchCustomers.add(baseUrl, token, 2);
            var reads = GatlingRun.of(ReadSimulation.class, settings.withCustomerIds(customers), results).figures();
            List<Figures> rawCommands;
            List<Figures> rawByClients;
            try (var raw = RawEventStore.freshH2(rawStore, 2)) {
                rawCommands = BaselineLoad.atRate(2, 2, 2, raw::addThenChangeBilling);
                rawByClients = BaselineLoad.byClients(2, 2, raw::add);
            }
            List<Figures> rawReads;
            try (var raw = new RawReadModel("mongodb://127.0.0.1:" + mongoPort, stores.database(), customers)) {
                rawReads = BaselineLoad.atRate(2, 2, 2, raw::findOne);
            }
            var lag = ProjectionLag.measure(baseUrl, token, 2);
            var histories = AggregateLoad.measure(baseUrl, token, List.of(3, 6), 2);
            var replayed = new ProjectionReplay(baseUrl).replayAll();
            memory.close();

            assertThat(commands).extracting(Figures::operation)
                    .containsExactlyInAnyOrder(CommandSimulation.ADD_CUSTOMER, CommandSimulation.CHANGE_BILLING_INFO);
            assertThat(rawCommands).extracting(Figures::operation)
                    .containsExactlyInAnyOrder(RawEventStore.ADD_CUSTOMER, RawEventStore.CHANGE_BILLING_INFO);
            assertThat(reads).extracting(Figures::operation).containsExactlyInAnyOrder(
                    ReadSimulation.GET_CUSTOMER, ReadSimulation.LIST_CUSTOMERS, ReadSimulation.PURCHASE_ELIGIBILITY);
            assertThat(rawReads).extracting(Figures::operation).containsExactly(RawReadModel.FIND_BY_ID);
            assertThat(byClients).extracting(Figures::operation, Figures::rate)
                    .containsExactly(tuple(CommandSimulation.ADD_CUSTOMER, 2));
            assertThat(rawByClients).extracting(Figures::operation, Figures::rate)
                    .containsExactly(tuple(RawEventStore.ADD_CUSTOMER, 2));
            for (List<Figures> measured : List.of(commands, byClients, rawCommands, rawByClients, reads, rawReads)) {
                assertThat(measured).allSatisfy(figures -> {
                    assertThat(figures.ok()).as(figures.operation()).isPositive();
                    assertThat(figures.failed()).as(figures.operation()).isZero();
                });
            }
            assertThat(lag.samples()).isEqualTo(2);
            assertThat(histories).extracting(AggregateLoad.Latency::events, AggregateLoad.Latency::samples)
                    .containsExactly(tuple(3L, 2), tuple(6L, 2));
            assertThat(memory.samples()).isNotEmpty();
            assertThat(MemoryPlot.svg(memory.samples(), LoadBenchmark.MEMORY_TARGET_MIB)).contains("<polyline");
            assertThat(replayed.seconds()).containsOnlyKeys(EventProcessingConfiguration.PROJECTIONS);
            assertThat(replayed.events()).isPositive();
        }
        // The replay's fill and raw pass work on a stopped backend's store.
        String postgres = System.getenv("EVENTSTORE_JDBC_URL");
        try (var db = LoadBenchmark.eventStore(stores.dataDir(), postgres == null || postgres.isBlank() ? null : postgres);
             var mongo = EmbeddedMongo.start(rawStore.resolve("raw-replay"), 0);
             var client = MongoClients.create(mongo.connectionString())) {
            long before = EventCopies.count(db);
            assertThat(EventCopies.fillTo(db, before + 50)).isGreaterThanOrEqualTo(before + 50);
            long customers;
            try (var count = db.createStatement().executeQuery("SELECT count(DISTINCT aggregate_identifier) "
                    + "FROM domain_event_entry WHERE type = 'CustomerAggregate'")) {
                count.next();
                customers = count.getLong(1);
            }
            assertThat(RawReplay.rebuild(db, client.getDatabase("raw"))).isEqualTo(EventCopies.count(db));
            assertThat(client.getDatabase("raw").getCollection("customer_views").countDocuments()).isEqualTo(customers);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
