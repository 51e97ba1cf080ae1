package io.partnerportal.onboarding.standalone.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The reads' baseline: the same MongoDB the backend reads (its embedded one, or MONGODB_URI), asked directly
 * for one customer's view by {@code _id}, with no HTTP, token, access check or JSON mapping on top.
 */
final class RawReadModel implements AutoCloseable {

    static final String FIND_BY_ID = "find by _id";

    private final MongoClient client;
    private final MongoCollection<Document> views;
    private final List<String> customerIds;

    RawReadModel(String connectionString, String database, List<String> customerIds) {
        this.client = MongoClients.create(connectionString);
        this.views = client.getDatabase(database).getCollection("customer_views");
        this.customerIds = customerIds;
    }

    void findOne(BaselineLoad.Visit visit) throws Exception {
        String id = customerIds.get(ThreadLocalRandom.current().nextInt(customerIds.size()));
        visit.time(FIND_BY_ID, () -> {
            if (views.find(Filters.eq("_id", id)).first() == null) {
                throw new IllegalStateException("No view of customer " + id);
            }
        });
    }

    @Override
    public void close() {
        client.close();
    }
}
