package io.partnerportal.onboarding.query.readmodel;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The embedded MongoDB committing every write")
class EmbeddedMongoDurabilityTest {

    @Test
    @DisplayName("has an acknowledged write in its file at once, as a crash right then would find it")
    void acknowledgedWriteIsOnDisk() throws IOException {
        Path dataDir = IsolatedStores.newDataDir();
        Path snapshot = IsolatedStores.newDataDir().resolve("crashed.mv.db");
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir, 0, true);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            client.getDatabase("onboarding").getCollection("customer_views")
                    .insertOne(new Document("_id", "c-1").append("companyName", "Contoso"));
            // What the disk holds at this instant is what a kill -9 now would leave behind.
            Files.copy(mongo.file(), snapshot);
        }

        MongoServer recovered = new MongoServer(new H2Backend(snapshot.toString()));
        try (MongoClient client = MongoClients.create(recovered.bindAndGetConnectionString())) {
            assertThat(client.getDatabase("onboarding").getCollection("customer_views").find().first())
                    .isNotNull().containsEntry("companyName", "Contoso");
        } finally {
            recovered.shutdownNow();
        }
    }
}
