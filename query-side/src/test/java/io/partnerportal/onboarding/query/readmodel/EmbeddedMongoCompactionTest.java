package io.partnerportal.onboarding.query.readmodel;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import de.bwaldvogel.mongo.MongoServer;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The embedded MongoDB's file, while the same views are rewritten")
class EmbeddedMongoCompactionTest {

    private static final int VIEWS = 200;
    private static final int ROUNDS = 15;

    /**
     * A projection rewrites the same views again and again; each commit writes the pages it changed to a new
     * chunk. Unless the last live pages are moved out of the old chunks, those chunks are never freed and the
     * file grows with every rewrite, not with the data.
     */
    @Test
    @DisplayName("moves the live views out of the chunks that later rewrites left mostly dead: over half of their space live")
    void oldChunksAreEmptiedAsViewsAreRewritten() throws InterruptedException {
        var backend = SnapshotCommitH2Backend.committingEveryWrite(
                IsolatedStores.newDataDir().resolve("readmodels.mv.db").toString());
        // H2 keeps a chunk it no longer needs for 45 s (a power failure's reordered writes); this test runs
        // for less than that, so it lets them go at once and sees what the compaction leaves live.
        backend.getMvStore().setRetentionTime(0);
        var server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            var views = client.getDatabase("onboarding").getCollection("customer_views");
            for (int round = 0; round < ROUNDS; round++) {
                for (int view = 0; view < VIEWS; view++) {
                    write(views, view, round);
                }
            }

            // The first commit a second after the last compaction compacts; the writes after it commit the pages
            // it moved, and H2, which keeps the last five versions readable, lets the emptied chunks go.
            Thread.sleep(SnapshotCommitH2Backend.COMPACTION_INTERVAL.toMillis() + 100);
            for (int view = 0; view < 10; view++) {
                write(views, view, ROUNDS);
            }

            assertThat(views.countDocuments()).isEqualTo(VIEWS);
            assertThat(backend.getMvStore().getFileStore().getChunksFillRate()).isGreaterThanOrEqualTo(50);
        } finally {
            server.shutdownNow();
        }
    }

    private static void write(MongoCollection<Document> views, int view, int version) {
        views.replaceOne(Filters.eq("_id", "c-" + view), new Document("_id", "c-" + view).append("version", version)
                .append("companyName", "Contoso " + view + " ".repeat(200)), new ReplaceOptions().upsert(true));
    }
}
