package io.partnerportal.onboarding.platform.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A backend in a JVM of its own, started through its {@code main} as a deployment starts it, with the
 * test's class path and stores, logging to {@code target/<name>.log}. For what one JVM cannot show:
 * a kill -9, and the logging set up at start-up.
 */
public final class BackendProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private BackendProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts {@code application}'s main on a free port and waits until it is healthy. */
    public static BackendProcess start(Class<?> application, IsolatedStores stores, String name, String... arguments)
            throws IOException, InterruptedException {
        return startWithHeap(application, stores, name, "512m", arguments);
    }

    /** As {@link #start}, with at most {@code maxHeap} of heap (a {@code -Xmx} value). */
    public static BackendProcess startWithHeap(Class<?> application, IsolatedStores stores, String name, String maxHeap,
                                               String... arguments) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"),
                application.getName(),
                "--server.port=" + port));
        stores.properties().forEach((key, value) -> command.add("--" + key + "=" + value));
        command.addAll(List.of(arguments));
        Path log = Path.of("target", name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // A backend outlives no test run, whatever fails: an orphan holds its database connections and a core.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        var backend = new BackendProcess(process, port, log);
        backend.awaitHealthy();
        return backend;
    }

    public int port() {
        return port;
    }

    /** Its operating system's process id, to watch it from outside (its resident memory, say). */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** Ends the process at once, without a graceful shutdown: what kill -9 does. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private void awaitHealthy() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The backend exited with " + process.exitValue() + "; see " + log);
            }
            try {
                ApiClient.anonymous(port).get().uri("/actuator/health").exchange().expectStatus().isOk();
                return;
            } catch (Throwable notYet) {
                Thread.sleep(200);
            }
        }
        process.destroyForcibly();
        throw new AssertionError("The backend did not become healthy on port " + port + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
