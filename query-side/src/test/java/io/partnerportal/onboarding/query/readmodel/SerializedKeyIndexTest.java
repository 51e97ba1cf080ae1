package io.partnerportal.onboarding.query.readmodel;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The embedded MongoDB's indexes, keyed by the bytes of their keys")
class SerializedKeyIndexTest {

    private static final int VIEWS = 300;

    private final String file = IsolatedStores.newDataDir().resolve("readmodels.mv.db").toString();

    @Test
    @DisplayName("find a view by its id and by a unique field, and refuse a second view with either, after a restart")
    void lookUpAndRefuseDuplicatesAcrossARestart() {
        serve(SnapshotCommitH2Backend.committingEveryWrite(file), SerializedKeyIndexTest::writeViews);

        serve(SnapshotCommitH2Backend.committingEveryWrite(file), views -> {
            assertFound(views);
            assertDuplicatesRefused(views);
        });
    }

    @Test
    @DisplayName("open a file written with mongo-java-server's own indexes: the same lookups, and its old index maps gone")
    void openAFileWrittenWithTheLibrarysOwnIndexes() {
        serve(new H2Backend(file), SerializedKeyIndexTest::writeViews);

        serve(SnapshotCommitH2Backend.committingEveryWrite(file), views -> {
            assertFound(views);
            assertDuplicatesRefused(views);
            views.insertOne(view(VIEWS));
            assertThat(views.find(Filters.eq("domainPrefix", "contoso" + VIEWS)).first()).isNotNull();
        });
        try (var store = new MVStore.Builder().fileName(file).readOnly().open()) {
            assertThat(store.getMapNames()).filteredOn(name -> name.contains("._index_"))
                    .isNotEmpty().allMatch(name -> name.endsWith("#serialized-keys"));
        }
    }

    @Test
    @DisplayName("open a file that a jar from before them wrote to after they did: every index rebuilt, none stale")
    void openAFileAnOlderJarWroteToInBetween() {
        serve(SnapshotCommitH2Backend.committingEveryWrite(file), SerializedKeyIndexTest::writeViews);
        serve(new H2Backend(file), views -> views.insertOne(view(VIEWS)));

        serve(SnapshotCommitH2Backend.committingEveryWrite(file), views -> {
            assertThat(views.find(Filters.eq("domainPrefix", "contoso" + VIEWS)).first()).containsEntry("_id", "c-" + VIEWS);
            assertThatThrownBy(() -> views.insertOne(new Document("_id", "c-" + VIEWS).append("domainPrefix", "another")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> views.insertOne(new Document("_id", "c-new").append("domainPrefix", "contoso" + VIEWS)))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        });
    }

    @Test
    @DisplayName("drop an index with its map, so that a view it would have refused is taken")
    void dropAnIndex() {
        serve(SnapshotCommitH2Backend.committingEveryWrite(file), views -> {
            writeViews(views);
            views.dropIndex("by_domain_prefix");
            views.insertOne(view(VIEWS).append("domainPrefix", "contoso0"));
            assertThat(views.countDocuments(Filters.eq("domainPrefix", "contoso0"))).isEqualTo(2);
        });
        try (var store = new MVStore.Builder().fileName(file).readOnly().open()) {
            assertThat(store.getMapNames()).noneMatch(name -> name.contains("._index_by_domain_prefix"));
        }
    }

    private static void writeViews(MongoCollection<Document> views) {
        views.createIndex(Indexes.ascending("domainPrefix"), new IndexOptions().unique(true).name("by_domain_prefix"));
        views.insertMany(IntStream.range(0, VIEWS).mapToObj(SerializedKeyIndexTest::view).toList());
    }

    private static void assertFound(MongoCollection<Document> views) {
        assertThat(views.countDocuments()).isEqualTo(VIEWS);
        for (int i = 0; i < VIEWS; i += 7) {
            assertThat(views.find(Filters.eq("_id", "c-" + i)).first()).containsEntry("domainPrefix", "contoso" + i);
            assertThat(views.find(Filters.eq("domainPrefix", "contoso" + i)).first()).containsEntry("_id", "c-" + i);
        }
        assertThat(views.find(Filters.eq("_id", "c-" + VIEWS)).first()).isNull();
        assertThat(views.find(Filters.in("_id", "c-3", "c-5", "c-" + VIEWS)).into(new java.util.ArrayList<>()))
                .extracting(found -> found.get("_id")).containsExactlyInAnyOrder("c-3", "c-5");
    }

    private static void assertDuplicatesRefused(MongoCollection<Document> views) {
        assertThatThrownBy(() -> views.insertOne(new Document("_id", "c-17").append("domainPrefix", "another")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        assertThatThrownBy(() -> views.insertOne(new Document("_id", "c-new").append("domainPrefix", "contoso17")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        assertThat(views.countDocuments()).isEqualTo(VIEWS);
    }

    private static Document view(int i) {
        return new Document("_id", "c-" + i).append("domainPrefix", "contoso" + i).append("companyName", "Contoso " + i);
    }

    private static void serve(MongoBackend backend, Consumer<MongoCollection<Document>> use) {
        var server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            use.accept(client.getDatabase("onboarding").getCollection("customer_views"));
        } finally {
            server.shutdownNow();
        }
    }
}
