package io.partnerportal.onboarding.standalone;

import io.partnerportal.onboarding.command.CommandSideApplication;
import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.BackendProcess;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.query.QuerySideApplication;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The split shape, with the query side killed (SIGKILL) while it replays its views, as the command side
 * keeps taking writes: started again, the query side finishes the replay and every view, old and new,
 * agrees with the event store. The query side runs in a process of its own; on the embedded store both
 * sides share the H2 file through H2's automatic server mode, as two processes must.
 */
@DisplayName("The query side killed in the middle of a replay")
class QuerySideKilledMidReplayTest {

    private final IsolatedStores stores = new IsolatedStores();

    @Test
    @DisplayName("replays again after a restart, and its views converge to the event store, writes made meanwhile too")
    void convergesAfterTheRestart() throws Exception {
        String[] shared = sharedEventStore();
        try (ConfigurableApplicationContext commandSide = Backends.start(CommandSideApplication.class, stores, shared)) {
            int writes = Backends.port(commandSide);
            var customers = new ArrayList<String>();
            for (int i = 0; i < 40; i++) {
                customers.add(Backends.addCustomer(writes));
            }

            var querySide = BackendProcess.start(QuerySideApplication.class, stores, "query-side-mid-replay", shared);
            awaitView(querySide, customers.getLast());
            ApiClient.as("opal", querySide.port()).post().uri("/api/admin/projections/customer-view/replay").exchange()
                    .expectStatus().isAccepted();
            querySide.kill();

            for (int i = 0; i < 10; i++) {
                customers.add(Backends.addCustomer(writes));
            }
            try (var restarted = BackendProcess.start(QuerySideApplication.class, stores, "query-side-after-replay", shared)) {
                for (String customerId : customers) {
                    awaitView(restarted, customerId);
                }
                ViewsAgreement.assertAgree(restarted.port(), customers);
                Map<?, ?> status = ApiClient.as("opal", restarted.port()).get().uri("/api/admin/projections").exchange()
                        .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
                assertThat((List<?>) status.get("items")).as("no projection in error").noneMatch(item ->
                        Boolean.TRUE.equals(((Map<?, ?>) item).get("error")));
            }
        }
    }

    /** PostgreSQL when the suite runs on it; otherwise the H2 file, served to the second process by H2 itself. */
    private String[] sharedEventStore() {
        if (System.getenv("EVENTSTORE_JDBC_URL") != null) {
            return new String[0];
        }
        return new String[]{"--spring.datasource.url=jdbc:h2:file:" + stores.dataDir().toAbsolutePath() + "/eventstore"
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
                + ";AUTO_SERVER=TRUE"};
    }

    private static void awaitView(BackendProcess querySide, String customerId) {
        Backends.awaitCustomer(querySide.port(), customerId, 2);
    }
}
