package io.partnerportal.onboarding.standalone.bench;

import io.partnerportal.onboarding.platform.testing.BackendProcess;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
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

/**
 * The load benchmark at a tiny rate, so that it cannot rot: each simulation and each raw baseline runs two
 * seconds at two arrivals a second against a backend in its own process, in JWT mode, and every request must
 * succeed. No speed is asserted: figures are for people to read (bin/bench, docs/benchmarks.md).
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

            var commands = GatlingRun.of(CommandSimulation.class, settings, results).figures();
            List<String> customers = BenchCustomers.add(baseUrl, token, 2);
            var reads = GatlingRun.of(ReadSimulation.class, settings.withCustomerIds(customers), results).figures();
            List<Figures> rawCommands;
            try (var raw = RawEventStore.freshH2(rawStore, 2)) {
                rawCommands = OpenLoad.run(2, 2, 2, raw::addThenChangeBilling);
            }
            List<Figures> rawReads;
            try (var raw = new RawReadModel("mongodb://127.0.0.1:" + mongoPort, stores.database(), customers)) {
                rawReads = OpenLoad.run(2, 2, 2, raw::findOne);
            }
            var lag = ProjectionLag.measure(baseUrl, token, 2);

            assertThat(commands).extracting(Figures::operation)
                    .containsExactlyInAnyOrder(CommandSimulation.ADD_CUSTOMER, CommandSimulation.CHANGE_BILLING_INFO);
            assertThat(rawCommands).extracting(Figures::operation)
                    .containsExactlyInAnyOrder(RawEventStore.ADD_CUSTOMER, RawEventStore.CHANGE_BILLING_INFO);
            assertThat(reads).extracting(Figures::operation).containsExactlyInAnyOrder(
                    ReadSimulation.GET_CUSTOMER, ReadSimulation.LIST_CUSTOMERS, ReadSimulation.PURCHASE_ELIGIBILITY);
            assertThat(rawReads).extracting(Figures::operation).containsExactly(RawReadModel.FIND_BY_ID);
            for (List<Figures> measured : List.of(commands, rawCommands, reads, rawReads)) {
                assertThat(measured).allSatisfy(figures -> {
                    assertThat(figures.ok()).as(figures.operation()).isPositive();
                    assertThat(figures.failed()).as(figures.operation()).isZero();
                });
            }
            assertThat(lag.samples()).isEqualTo(2);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
