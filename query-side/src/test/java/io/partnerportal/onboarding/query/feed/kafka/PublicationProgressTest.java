package io.partnerportal.onboarding.query.feed.kafka;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.query.readmodel.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Publishing the feed to a topic")
class PublicationProgressTest {

    private EmbeddedMongo mongo;
    private MongoClient client;
    private MongoDatabase database;

    @BeforeEach
    void start() {
        mongo = EmbeddedMongo.start(IsolatedStores.newDataDir(), 0);
        client = MongoClients.create(mongo.connectionString());
        database = client.getDatabase("publications");
    }

    @AfterEach
    void stop() {
        client.close();
        mongo.close();
    }

    private PublicationProgress instance(String name, Instant now) {
        return new PublicationProgress(database, "topic", name, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    @DisplayName("is one instance's at a time, until its lease runs out or it lets go")
    void oneInstanceAtATime() {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        assertThat(instance("a", now).lease(Duration.ofSeconds(30))).isTrue();
        assertThat(instance("b", now.plusSeconds(10)).lease(Duration.ofSeconds(30))).isFalse();
        assertThat(instance("a", now.plusSeconds(20)).lease(Duration.ofSeconds(30))).as("renewed by its holder").isTrue();
        assertThat(instance("b", now.plusSeconds(45)).lease(Duration.ofSeconds(30))).as("still renewed").isFalse();
        assertThat(instance("b", now.plusSeconds(51)).lease(Duration.ofSeconds(30))).as("after the lease ran out").isTrue();
        instance("b", now.plusSeconds(52)).release();
        assertThat(instance("a", now.plusSeconds(53)).lease(Duration.ofSeconds(30))).as("once let go").isTrue();
    }

    @Test
    @DisplayName("remembers how far it got, and only its holder moves it on")
    void progress() {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        var a = instance("a", now);
        assertThat(a.position()).isZero();
        a.lease(Duration.ofSeconds(30));
        a.publishedThrough(42);
        instance("b", now).publishedThrough(99);
        assertThat(instance("c", now).position()).isEqualTo(42);
    }
}
