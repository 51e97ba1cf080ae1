package io.partnerportal.onboarding.standalone.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import io.partnerportal.onboarding.kernel.customer.event.CustomerEvent;
import io.partnerportal.onboarding.kernel.customer.event.RecordedCustomerEvent;
import io.partnerportal.onboarding.kernel.customer.view.CustomerView;
import io.partnerportal.onboarding.platform.storage.StoredJsonConfiguration;
import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A replay's work with nothing on top, the baseline of the replay benchmark: every event read in the order of
 * the store (one query, fetched a thousand rows at a time), its JSON read into its event, the customer's view
 * evolved by the same fold the projection uses, and the views and one feed entry per event written to MongoDB
 * a thousand events at a time, into collections with the same unique index on the event id as the feed's.
 * No framework, no tokens, no dead letters, no audit tree, no relationship requests: the least that
 * rebuilding these read models can cost.
 */
final class RawReplay {

    private static final int BATCH = 1_000;
    private static final ObjectMapper JSON = StoredJsonConfiguration.newMapper();

    private RawReplay() {
    }

    /** Rebuilds the views and the feed from {@code events} into {@code readModels}; answers how many events it read. */
    static long rebuild(Connection events, MongoDatabase readModels) throws Exception {
        var viewCollection = readModels.getCollection("customer_views");
        var feedCollection = readModels.getCollection("customer_feed");
        // The feed's one constraint, as the projection's collection has it: each event appears once.
        feedCollection.createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true));
        Map<String, CustomerView> views = new HashMap<>();
        Map<String, CustomerView> changed = new LinkedHashMap<>();
        List<Document> feed = new ArrayList<>();
        Map<String, Class<?>> types = new HashMap<>();
        long read = 0;
        events.setAutoCommit(false);
        try (var statement = events.createStatement()) {
            statement.setFetchSize(BATCH);
            try (var rows = statement.executeQuery("SELECT global_index, event_identifier, payload_type, payload, "
                    + "aggregate_identifier, sequence_number, time_stamp FROM domain_event_entry ORDER BY global_index")) {
                while (rows.next()) {
                    read++;
                    Class<?> type = types.computeIfAbsent(rows.getString(3), RawReplay::load);
                    if (!CustomerEvent.class.isAssignableFrom(type)) {
                        continue;
                    }
                    String payload = new String(rows.getBytes(4), StandardCharsets.UTF_8);
                    var event = (CustomerEvent) JSON.readValue(payload, type);
                    String customerId = rows.getString(5);
                    long sequence = rows.getLong(6);
                    Instant at = Instant.parse(rows.getString(7));
                    CustomerView next = CustomerView.evolve(views.get(customerId),
                            new RecordedCustomerEvent(sequence, at, event));
                    views.put(customerId, next);
                    changed.put(customerId, next);
                    feed.add(new Document("_id", read).append("eventId", rows.getString(2))
                            .append("type", type.getSimpleName()).append("subject", customerId)
                            .append("time", at.toString()).append("sequence", sequence)
                            .append("data", Document.parse(payload)));
                    if (feed.size() == BATCH) {
                        write(changed, feed, viewCollection, feedCollection);
                    }
                }
            }
        }
        write(changed, feed, viewCollection, feedCollection);
        return read;
    }

    private static void write(Map<String, CustomerView> changed, List<Document> feed,
                              com.mongodb.client.MongoCollection<Document> views,
                              com.mongodb.client.MongoCollection<Document> entries) throws Exception {
        if (!changed.isEmpty()) {
            var writes = new ArrayList<ReplaceOneModel<Document>>();
            for (CustomerView view : changed.values()) {
                writes.add(new ReplaceOneModel<>(Filters.eq("_id", view.customerId()),
                        Document.parse(JSON.writeValueAsString(view)).append("_id", view.customerId()),
                        new ReplaceOptions().upsert(true)));
            }
            views.bulkWrite(writes);
        }
        if (!feed.isEmpty()) {
            entries.insertMany(feed);
        }
        changed.clear();
        feed.clear();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException notAnEvent) {
            return Object.class;
        }
    }
}
