package io.partnerportal.onboarding.query.readmodel;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The embedded MongoDB's file, as a crash leaves it")
class EmbeddedMongoSnapshotTest {

    private static final int WRITERS = 6;
    private static final int BATCHES = 30;
    private static final int BATCH_SIZE = 100;
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    /**
     * The projections' pattern: each writer writes a view, then its token saying it got that far. A file that
     * holds a token must hold the views before it, or a restart skips the views it lacks (docs/adr/0010).
     */
    @Test
    @DisplayName("never holds a token without the view written before it, with six writers and a commit every 20 ms")
    void tokenNeverAheadOfItsView() throws Exception {
        Path file = IsolatedStores.newDataDir().resolve("readmodels.mv.db");
        Path copies = IsolatedStores.newDataDir();
        var snapshots = new ArrayList<Path>();
        var backend = SnapshotCommitH2Backend.committingEvery(file.toString(), Duration.ofMillis(20));
        var server = new MongoServer(backend);
        var stop = new AtomicBoolean();
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
             var writers = Executors.newFixedThreadPool(WRITERS)) {
            var database = client.getDatabase("onboarding");
            for (int writer = 0; writer < WRITERS; writer++) {
                String name = "w" + writer;
                writers.submit(() -> write(name, database.getCollection("views"), database.getCollection("tokens"), stop));
            }
            // A copy of the file at a random instant is what a kill -9 at that instant would leave.
            for (int i = 0; i < 40; i++) {
                Thread.sleep(15 + (i * 7) % 40);
                Path copy = copies.resolve("crash-" + i + ".mv.db");
                Files.copy(file, copy);
                snapshots.add(copy);
            }
            stop.set(true);
        } finally {
            server.shutdownNow();
        }

        int tokens = 0;
        for (Path snapshot : snapshots) {
            tokens += assertNoTokenAheadOfItsView(snapshot);
        }
        assertThat(tokens).as("tokens found across the copies (the test saw commits at all)").isGreaterThan(0);
    }

    @Test
    @DisplayName("holds every write after a clean stop, even one that comes while a commit is being stored")
    void cleanStopKeepsEverything() {
        Path file = IsolatedStores.newDataDir().resolve("readmodels.mv.db");
        // Commits every 5 ms of 4 KB documents: the stop is all but sure to find one being stored.
        var server = new MongoServer(SnapshotCommitH2Backend.committingEvery(file.toString(), Duration.ofMillis(5)));
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            var views = client.getDatabase("onboarding").getCollection("views");
            for (int batch = 0; batch < BATCHES; batch++) {
                views.insertMany(batch(batch));
            }
        } finally {
            server.shutdown();
        }

        assertThat(viewsIn(file)).isEqualTo(BATCHES * BATCH_SIZE);
    }

    @Test
    @DisplayName("keeps working, and keeps every write, when the thread that commits is interrupted mid-commit")
    void interruptedCommitLosesNothing() throws Exception {
        Path file = IsolatedStores.newDataDir().resolve("readmodels.mv.db");
        var backend = SnapshotCommitH2Backend.committingEvery(file.toString(), Duration.ofHours(1));
        var server = new MongoServer(backend);
        var stop = new AtomicBoolean();
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            var views = client.getDatabase("onboarding").getCollection("views");
            Thread committer = Thread.ofPlatform().start(() -> {
                while (!stop.get()) {
                    backend.commitSnapshot();
                    Thread.interrupted(); // an interrupt that came between commits: clear it and go on
                }
            });
            for (int batch = 0; batch < BATCHES; batch++) {
                views.insertMany(batch(batch));
                committer.interrupt();
            }
            stop.set(true);
            committer.join();
        } finally {
            server.shutdown();
        }

        assertThat(viewsIn(file)).isEqualTo(BATCHES * BATCH_SIZE);
    }

    /** 100 documents of 4 KB each: a batch big enough for a commit to take a while. */
    private static List<Document> batch(int number) {
        var batch = new ArrayList<Document>();
        for (int i = 0; i < BATCH_SIZE; i++) {
            batch.add(new Document("_id", number * BATCH_SIZE + i).append("text", "x".repeat(4_000)));
        }
        return batch;
    }

    /** How many views the file holds, opened as a restart would open it. */
    private static long viewsIn(Path file) {
        var reopened = new MongoServer(new H2Backend(file.toString()));
        try (MongoClient client = MongoClients.create(reopened.bindAndGetConnectionString())) {
            return client.getDatabase("onboarding").getCollection("views").countDocuments();
        } finally {
            reopened.shutdownNow();
        }
    }

    private static void write(String writer, MongoCollection<Document> views, MongoCollection<Document> tokens,
                              AtomicBoolean stop) {
        for (long i = 1; !stop.get(); i++) {
            views.replaceOne(Filters.eq("_id", writer + "-" + i), new Document("writer", writer).append("n", i), UPSERT);
            tokens.replaceOne(Filters.eq("_id", writer), new Document("last", i), UPSERT);
        }
    }

    private static int assertNoTokenAheadOfItsView(Path snapshot) {
        var recovered = new MongoServer(new H2Backend(snapshot.toString()));
        try (MongoClient client = MongoClients.create(recovered.bindAndGetConnectionString())) {
            var database = client.getDatabase("onboarding");
            List<Document> tokens = database.getCollection("tokens").find().into(new ArrayList<>());
            for (Document token : tokens) {
                String view = token.getString("_id") + "-" + token.getLong("last");
                assertThat(database.getCollection("views").find(Filters.eq("_id", view)).first())
                        .as("view %s, which the token in %s says is written", view, snapshot.getFileName()).isNotNull();
            }
            return tokens.size();
        } finally {
            recovered.shutdownNow();
        }
    }
}
