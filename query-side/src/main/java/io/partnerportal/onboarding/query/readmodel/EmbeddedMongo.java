package io.partnerportal.onboarding.query.readmodel;

import de.bwaldvogel.mongo.MongoServer;
import io.partnerportal.onboarding.platform.storage.DataDirectory;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedded MongoDB of the default run: a MongoDB wire-protocol server inside this process, on a real
 * TCP port (so any client, mongosh included, can look inside), keeping its data in one H2 file.
 * It listens on 127.0.0.1 without authentication, on a free port unless one is configured, and keeps its
 * file in the owner-only data directory (docs/security.md says whom that defends against, and whom not).
 * Its backend commits a whole snapshot about once a second; what an abrupt stop loses is replayed from the
 * event store, because read models and tracking tokens roll back together (docs/adr/0001, 0010).
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final Path file;

    private EmbeddedMongo(MongoServer server, Path file) {
        this.server = server;
        this.file = file;
    }

    public static EmbeddedMongo start(Path dataDir, int port) {
        return start(dataDir, port, false);
    }

    /** With {@code commitEveryWrite}, each write reaches the file before it is acknowledged (slower; see ADR 1). */
    public static EmbeddedMongo start(Path dataDir, int port, boolean commitEveryWrite) {
        Path file = DataDirectory.ownerOnly(dataDir).resolve("readmodels.mv.db").toAbsolutePath();
        var server = new MongoServer(commitEveryWrite ? SnapshotCommitH2Backend.committingEveryWrite(file.toString())
                : SnapshotCommitH2Backend.committingEvery(file.toString(), Duration.ofSeconds(1)));
        server.bind("127.0.0.1", port);
        return new EmbeddedMongo(server, file);
    }

    public String connectionString() {
        var address = server.getLocalAddress();
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
