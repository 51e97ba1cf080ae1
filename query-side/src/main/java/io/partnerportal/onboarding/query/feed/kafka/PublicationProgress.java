package io.partnerportal.onboarding.query.feed.kafka;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

/**
 * How far the feed has been published to a topic, kept beside the tracking tokens, and which query-side
 * instance publishes it: one at a time, holding a lease it renews as it goes, so that the topic receives the
 * feed in position order from one producer.
 */
class PublicationProgress {

    private final MongoCollection<Document> publications;
    private final String topic;
    private final String owner;
    private final Clock clock;

    PublicationProgress(MongoDatabase database, String topic, String owner, Clock clock) {
        this.publications = database.getCollection("feed_publications");
        this.topic = topic;
        this.owner = owner;
        this.clock = clock;
        try {
            publications.insertOne(new Document("_id", topic).append("position", 0L).append("owner", null)
                    .append("leaseUntil", new Date(0)));
        } catch (MongoWriteException alreadyThere) {
            // Another instance, or an earlier start, made it.
        }
    }

    /** Takes or renews the lease; false while another instance holds it. */
    boolean lease(Duration length) {
        Date now = Date.from(clock.instant());
        Document held = publications.findOneAndUpdate(
                Filters.and(Filters.eq("_id", topic), Filters.or(Filters.eq("owner", owner), Filters.lt("leaseUntil", now))),
                Updates.combine(Updates.set("owner", owner), Updates.set("leaseUntil", Date.from(clock.instant().plus(length)))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return held != null;
    }

    /** The last position known to be on the topic. */
    long position() {
        Document document = publications.find(Filters.eq("_id", topic)).first();
        return document == null ? 0 : ((Number) document.get("position")).longValue();
    }

    void publishedThrough(long position) {
        publications.updateOne(Filters.and(Filters.eq("_id", topic), Filters.eq("owner", owner)),
                Updates.set("position", position));
    }

    void release() {
        publications.updateOne(Filters.and(Filters.eq("_id", topic), Filters.eq("owner", owner)),
                Updates.set("leaseUntil", new Date(0)));
    }
}
