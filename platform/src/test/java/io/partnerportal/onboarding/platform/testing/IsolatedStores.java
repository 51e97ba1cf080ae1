package io.partnerportal.onboarding.platform.testing;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * Gives a test's application context stores of its own: a fresh data directory (the H2 event store and
 * the embedded MongoDB's file), a MongoDB database of its own (which matters when MONGODB_URI points the
 * suite at a real MongoDB) and an ephemeral port for the embedded MongoDB. PostgreSQL, when
 * EVENTSTORE_JDBC_URL is set, is shared, as it is in production.
 */
public class IsolatedStores implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private final Path dataDir;
    private final String database;

    public IsolatedStores() {
        this(newDataDir(), "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    /** Several contexts (restarts, the two sides of a split) share stores by sharing one instance's values. */
    public IsolatedStores(Path dataDir, String database) {
        this.dataDir = dataDir;
        this.database = database;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String database() {
        return database;
    }

    public Map<String, Object> properties() {
        return Map.of(
                "onboarding.data-dir", dataDir.toString(),
                "onboarding.read-models.database", database,
                "onboarding.read-models.embedded-port", "0",
                // Tests write far faster than any caller may; the limit has a test of its own.
                "onboarding.rate-limits.writes-per-minute", "0");
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("isolated-stores", properties()));
    }

    public static Path newDataDir() {
        try {
            Path base = Path.of(System.getProperty("java.io.tmpdir"), "onboarding-tests");
            Files.createDirectories(base);
            return Files.createTempDirectory(base, "data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
