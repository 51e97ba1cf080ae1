package io.partnerportal.onboarding.query.feed;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import io.partnerportal.onboarding.query.readmodel.DenseKeys;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

/**
 * The event feed in MongoDB: one document per entry, its {@code _id} the entry's position, holding the
 * entry's JSON exactly as it is served (so an entry's bytes never change once written), and beside it the
 * fields a page is filtered by. A unique index on the event id makes each event appear once, however often
 * it is delivered; a taken position tells a stale writer to look at the head again.
 */
@Repository
public class FeedEntries {

    private final MongoCollection<Document> entries;
    private final MongoCollection<Document> owners;

    public FeedEntries(MongoDatabase database) {
        this.entries = database.getCollection("feed");
        this.owners = database.getCollection("feed_owners");
        entries.createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true).name("feed_event_id"));
        // For a real MongoDB: pages filtered by partner, type or subject.
        entries.createIndex(Indexes.ascending("partnerId", "_id"));
        entries.createIndex(Indexes.ascending("resellerId", "_id"));
    }

    /** An entry as stored: its position and the JSON served for it. */
    public record Stored(long position, String json) {
    }

    /** What a page is filtered by; a null member does not filter. {@code visibleToPartner} null: every customer. */
    public record Criteria(long after, int limit, String type, String subject, String visibleToPartner) {

        public Criteria after(long position) {
            return new Criteria(position, limit, type, subject, visibleToPartner);
        }
    }

    /** Who owns a customer, as the feed's filter needs it: recorded from the customer's first event. */
    public record Owner(String partnerId, String resellerId) {
    }

    /** The last position given, 0 for an empty feed. */
    public long head() {
        return DenseKeys.last(this::hasPosition, entries.estimatedDocumentCount());
    }

    private boolean hasPosition(long position) {
        return entries.find(Filters.eq("_id", position)).projection(new Document("_id", 1)).first() != null;
    }

    /** Which of {@code eventIds} have an entry, in one query (by the unique index on the event id). */
    public Set<String> containing(Collection<String> eventIds) {
        var found = new HashSet<String>();
        if (!eventIds.isEmpty()) {
            entries.find(Filters.in("eventId", eventIds)).projection(new Document("eventId", 1))
                    .forEach(document -> found.add(document.getString("eventId")));
        }
        return found;
    }

    /** What an entry is found by, beside its position: stored next to its JSON. */
    public record Indexed(String eventId, String type, String subject, Owner owner, String actor, Instant time) {
    }

    /** An entry to write: its position, what it is found by, and the JSON served for it. */
    public record Entry(long position, Indexed fields, String json) {
    }

    /**
     * Writes the entries, in position order, in one bulk write. A taken position or an event already in the feed
     * (the unique indexes) stops the write there with a {@link com.mongodb.MongoBulkWriteException}: the writer's
     * idea of the head is stale, or another instance wrote these events, and the entries before it stay written.
     */
    public void appendAll(List<Entry> appended) {
        if (appended.isEmpty()) {
            return;
        }
        entries.insertMany(appended.stream().map(FeedEntries::document).toList(), new InsertManyOptions().ordered(true));
    }

    private static Document document(Entry entry) {
        Indexed fields = entry.fields();
        return new Document("_id", entry.position()).append("eventId", fields.eventId()).append("type", fields.type())
                .append("subject", fields.subject()).append("partnerId", fields.owner().partnerId())
                .append("resellerId", fields.owner().resellerId()).append("actor", fields.actor())
                .append("time", Date.from(fields.time())).append("entry", entry.json());
    }

    /** The auditors' questions across customers: who, on whose behalf, what, to whom, when. Null filters nothing. */
    public record HistoryCriteria(long after, int limit, String actor, String partnerId, String type, String subject,
                                  Instant from, Instant to) {
    }

    public List<Stored> history(HistoryCriteria criteria) {
        var filters = new ArrayList<Bson>();
        equal(filters, "actor", criteria.actor());
        equal(filters, "partnerId", criteria.partnerId());
        equal(filters, "type", criteria.type());
        equal(filters, "subject", criteria.subject());
        if (criteria.from() != null) {
            filters.add(Filters.gte("time", Date.from(criteria.from())));
        }
        if (criteria.to() != null) {
            filters.add(Filters.lt("time", Date.from(criteria.to())));
        }
        return after(criteria.after(), criteria.limit(), filters);
    }

    public List<Stored> page(Criteria criteria) {
        if (criteria.type() == null && criteria.subject() == null && criteria.visibleToPartner() == null) {
            return window(criteria.after(), criteria.after() + criteria.limit(), null);
        }
        var filters = new ArrayList<Bson>();
        equal(filters, "type", criteria.type());
        equal(filters, "subject", criteria.subject());
        if (criteria.visibleToPartner() != null) {
            filters.add(Filters.or(Filters.eq("partnerId", criteria.visibleToPartner()),
                    Filters.eq("resellerId", criteria.visibleToPartner())));
        }
        return after(criteria.after(), criteria.limit(), filters);
    }

    /** The first {@code limit} entries after position {@code after} that match every filter, in position order. */
    private List<Stored> after(long after, int limit, List<Bson> filters) {
        var all = new ArrayList<Bson>(filters);
        all.add(Filters.gt("_id", after));
        return entries.find(Filters.and(all)).sort(Sorts.ascending("_id")).limit(limit)
                .map(document -> new Stored(document.getLong("_id"), document.getString("entry")))
                .into(new ArrayList<>());
    }

    /**
     * The entries at positions {@code after + 1} to {@code through}, in position order, of one subject if it is
     * given. Positions are dense, so a window is a set of primary keys: read by the primary key's index alone
     * on any MongoDB (the embedded one scans every document for a range, but looks up a list of keys), which
     * is how the export and the audit log pass over the whole feed in constant memory and linear time. The
     * keys asked for end at the feed's head: a window reaching past it would cost a lookup per missing key,
     * and the audit log asks for 4,096 positions every time the feed grows by one.
     */
    public List<Stored> window(long after, long through, String subject) {
        return entries.find(subject == null ? positions(after, through)
                        : Filters.and(Filters.eq("subject", subject), Filters.gt("_id", after), Filters.lte("_id", through)))
                .sort(Sorts.ascending("_id"))
                .map(document -> new Stored(document.getLong("_id"), document.getString("entry")))
                .into(new ArrayList<>());
    }

    private Bson positions(long after, long through) {
        long last = Math.min(through, head());
        return Filters.in("_id", LongStream.rangeClosed(after + 1, last).boxed().toList());
    }

    private static void equal(List<Bson> filters, String field, String value) {
        if (value != null) {
            filters.add(Filters.eq(field, value));
        }
    }

    /** Which event holds each position after {@code after}, a page of them, in position order. */
    public Map<Long, String> eventIds(long after, int limit) {
        var ids = new java.util.LinkedHashMap<Long, String>();
        entries.find(positions(after, after + limit)).sort(Sorts.ascending("_id"))
                .projection(new Document("eventId", 1))
                .forEach(document -> ids.put(document.getLong("_id"), document.getString("eventId")));
        return ids;
    }

    /** Records each customer's owner, in one bulk write; recording one again changes nothing. */
    public void recordOwners(Map<String, Owner> recorded) {
        if (recorded.isEmpty()) {
            return;
        }
        var upserts = new ArrayList<ReplaceOneModel<Document>>(recorded.size());
        recorded.forEach((customerId, owner) -> upserts.add(new ReplaceOneModel<>(Filters.eq("_id", customerId),
                new Document("_id", customerId).append("partnerId", owner.partnerId()).append("resellerId", owner.resellerId()),
                new ReplaceOptions().upsert(true))));
        owners.bulkWrite(upserts, new BulkWriteOptions().ordered(false));
    }

    /** The recorded owners of those of {@code customerIds} that have one, in one query. */
    public Map<String, Owner> ownersOf(Collection<String> customerIds) {
        var found = new HashMap<String, Owner>();
        if (!customerIds.isEmpty()) {
            owners.find(Filters.in("_id", customerIds)).forEach(document -> found.put(document.getString("_id"),
                    new Owner(document.getString("partnerId"), document.getString("resellerId"))));
        }
        return found;
    }
}
