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

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A runnable benchmark, not a test (bin/bench runs it): how fast the embedded MongoDB takes projection-style
 * upserts with its default commit (a whole snapshot about once a second, ADR 10), with H2's own commit
 * (which that replaced), and when committing every write, as ratios to an
 * in-memory baseline measured in the same run. The machine is shared and noisy: read the ratios.
 */
public final class ReadModelWriteBenchmark {

    private static final int WRITES = 2_000;
    private static final int ROUNDS = 5;

    public static void main(String[] args) {
        System.out.printf("embedded MongoDB, %d upserts of a customer-view-sized document, median of %d rounds%n",
                WRITES, ROUNDS);
        // Warm the JIT up first, or whichever store runs first pays for it.
        median(() -> run(new MongoServer(H2Backend.inMemory())));
        double baseline = median(() -> run(new MongoServer(H2Backend.inMemory())));
        double h2Commit = median(() -> run(new MongoServer(new H2Backend(
                IsolatedStores.newDataDir().resolve("readmodels.mv.db").toString()))));
        double file = median(() -> run(EmbeddedMongo.start(IsolatedStores.newDataDir(), 0, false)));
        double durable = median(() -> run(EmbeddedMongo.start(IsolatedStores.newDataDir(), 0, true)));
        System.out.printf("%-40s %10.0f writes/s   1.00x%n", "in memory (baseline)", baseline);
        System.out.printf("%-40s %10.0f writes/s   %.2fx%n", "H2 file, H2's own commit (no snapshot)", h2Commit,
                h2Commit / baseline);
        System.out.printf("%-40s %10.0f writes/s   %.2fx%n", "H2 file, snapshot about once a second", file, file / baseline);
        System.out.printf("%-40s %10.0f writes/s   %.2fx%n", "H2 file, commit every write", durable, durable / baseline);
    }

    private static double median(Supplier<Double> round) {
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            rates.add(round.get());
        }
        rates.sort(Double::compare);
        return rates.get(ROUNDS / 2);
    }

    private static double run(MongoServer server) {
        try {
            return writes(server.bindAndGetConnectionString());
        } finally {
            server.shutdownNow();
        }
    }

    private static double run(EmbeddedMongo mongo) {
        try (mongo) {
            return writes(mongo.connectionString());
        }
    }

    private static double writes(String connectionString) {
        try (MongoClient client = MongoClients.create(connectionString)) {
            MongoCollection<Document> views = client.getDatabase("bench").getCollection("customer_views");
            views.find().first();
            long start = System.nanoTime();
            for (int i = 0; i < WRITES; i++) {
                String id = "c-" + (i % 500);
                views.replaceOne(Filters.eq("_id", id), view(id, i), new ReplaceOptions().upsert(true));
            }
            return WRITES / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static Document view(String id, int version) {
        return new Document("_id", id).append("customerId", id).append("partnerId", "P-1000")
                .append("companyName", "Contoso Comércio de Software Ltda").append("domainPrefix", "contoso" + id)
                .append("registrationId", "11.222.333/0001-81").append("language", "pt-BR")
                .append("primaryContact", new Document("firstName", "Ana").append("lastName", "Souza")
                        .append("email", "ana.souza@contoso.com.br").append("phone", "+55 11 4004 0001"))
                .append("address", new Document("addressLine1", "Av. Paulista 1000").append("city", "São Paulo")
                        .append("state", "SP").append("postalCode", "01310-100").append("country", "BR"))
                .append("verificationStatus", "PENDING").append("mcaConfirmed", false).append("version", version);
    }
}
