package io.partnerportal.onboarding.standalone;

import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An acknowledged write must survive the process being killed without warning (kill -9): the H2 event
 * store writes each commit to its file before the command is acknowledged, and the read model, which may
 * lose its last second in the embedded MongoDB, is replayed from the event store.
 */
@DisplayName("Killing the standalone backend with SIGKILL right after a write")
class KillTest {

    private final IsolatedStores stores = new IsolatedStores();
    private Process backend;

    @AfterEach
    void stop() throws InterruptedException {
        if (backend != null) {
            backend.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    @DisplayName("loses no acknowledged customer: after a restart it is read back")
    void acknowledgedWriteSurvives() throws Exception {
        int port = freePort();
        backend = launch(port, "first");
        awaitHealthy(port);

        String customerId = Backends.addCustomer(port);
        backend.destroyForcibly().waitFor(20, TimeUnit.SECONDS);

        backend = launch(port, "second");
        awaitHealthy(port);
        ApiClient.as("gina", port).get().uri("/api/customers/{id}?minVersion=1", customerId).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.customerId").isEqualTo(customerId);
    }

    /** The backend in a JVM of its own, with this test's class path and stores, logging to target/. */
    private Process launch(int port, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"),
                StandaloneApplication.class.getName(),
                "--server.port=" + port,
                // Long enough for the claim of the killed process on the projection's segments to expire.
                "--onboarding.read-models.wait-timeout=20s"));
        stores.properties().forEach((key, value) -> command.add("--" + key + "=" + value));
        Path log = Path.of("target", "kill-test-" + name + ".log");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private void awaitHealthy(int port) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!backend.isAlive()) {
                throw new AssertionError("The backend exited with " + backend.exitValue() + "; see target/kill-test-*.log");
            }
            try {
                ApiClient.anonymous(port).get().uri("/actuator/health").exchange().expectStatus().isOk();
                return;
            } catch (Throwable notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("The backend did not become healthy on port " + port);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
