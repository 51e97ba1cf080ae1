package io.partnerportal.onboarding.standalone;

import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.BackendProcess;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An acknowledged write must survive the process being killed without warning (kill -9): the H2 event
 * store writes each commit to its file before the command is acknowledged, and the read model, which may
 * lose its last second in the embedded MongoDB, is replayed from the event store.
 */
@DisplayName("Killing the standalone backend with SIGKILL right after a write")
class KillTest {

    private final IsolatedStores stores = new IsolatedStores();
    private BackendProcess backend;

    @AfterEach
    void stop() throws InterruptedException {
        if (backend != null) {
            backend.kill();
        }
    }

    @Test
    @DisplayName("loses no acknowledged customer: after a restart it is read back")
    void acknowledgedWriteSurvives() throws Exception {
        backend = launch("kill-test-first");
        String customerId = Backends.addCustomer(backend.port());
        backend.kill();

        backend = launch("kill-test-second");
        ApiClient.as("gina", backend.port()).get().uri("/api/customers/{id}?minVersion=1", customerId).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.customerId").isEqualTo(customerId);
    }

    private BackendProcess launch(String name) throws Exception {
        // Long enough for the claim of the killed process on the projection's segments to expire.
        return BackendProcess.start(StandaloneApplication.class, stores, name, "--onboarding.customer-reads.wait-timeout=20s");
    }
}
