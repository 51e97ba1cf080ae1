package io.partnerportal.onboarding.standalone.bench;

import io.partnerportal.onboarding.platform.testing.TestIssuer;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The backend under load: the standalone jar that bin/run builds, started with {@code java -jar} as a
 * deployment starts it, in a process of its own, configured by environment variables only. JWT mode trusts
 * the test issuer's key pair made for this run; its data go to a fresh directory; the per-caller write limit
 * is off, because the benchmark measures the command path, not the limiter (which has a test of its own).
 * EVENTSTORE_JDBC_URL and MONGODB_URI, when set, are passed on as they are.
 */
final class BenchBackend implements AutoCloseable {

    private final Process process;
    private final int port;
    private final int mongoPort;
    private final Path log;

    private BenchBackend(Process process, int port, int mongoPort, Path log) {
        this.process = process;
        this.port = port;
        this.mongoPort = mongoPort;
        this.log = log;
    }

    /**
     * Starts the jar with at most {@code maxHeap} of heap: a cap as a container's memory limit sets one (the
     * Dockerfile's MaxRAMPercentage), without which the JVM may take a quarter of the machine and the resident
     * size says little.
     */
    static BenchBackend start(Path jar, Path runDirectory, String maxHeap, String logName)
            throws IOException, InterruptedException {
        int port = freePort();
        int mongoPort = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "--enable-native-access=ALL-UNNAMED"));
        if (Runtime.version().feature() >= 23) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        Path log = runDirectory.resolve(logName);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("DATA_DIR", Files.createDirectories(runDirectory.resolve("data")).toAbsolutePath().toString());
        environment.put("SERVER_PORT", String.valueOf(port));
        environment.put("EMBEDDED_MONGO_PORT", String.valueOf(mongoPort));
        environment.put("WRITES_PER_MINUTE", "0");
        Map<String, Object> issuer = TestIssuer.properties();
        environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI",
                issuer.get("spring.security.oauth2.resourceserver.jwt.issuer-uri").toString());
        environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES",
                issuer.get("spring.security.oauth2.resourceserver.jwt.audiences").toString());
        environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION",
                issuer.get("spring.security.oauth2.resourceserver.jwt.public-key-location").toString());
        var backend = new BenchBackend(builder.start(), port, mongoPort, log);
        backend.awaitHealthy();
        return backend;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Where its read models are: MONGODB_URI when set, else its embedded MongoDB. */
    String mongoConnectionString() {
        String uri = System.getenv("MONGODB_URI");
        return uri != null && !uri.isBlank() ? uri : "mongodb://127.0.0.1:" + mongoPort;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** A graceful stop (SIGTERM), as an operator stops it; forced after 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void awaitHealthy() throws InterruptedException {
        var http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The backend exited with " + process.exitValue() + "; see " + log);
            }
            try {
                var health = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The backend did not become healthy on port " + port + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
