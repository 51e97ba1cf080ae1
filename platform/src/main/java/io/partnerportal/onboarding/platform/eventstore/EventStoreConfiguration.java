package io.partnerportal.onboarding.platform.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import io.partnerportal.onboarding.platform.storage.DataDirectory;
import org.springframework.beans.factory.annotation.Value;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

import javax.sql.DataSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The event store: Axon's JDBC storage engine on PostgreSQL, or on an H2 file in PostgreSQL mode for the
 * embedded default (docs/adr/0001). Flyway creates the one schema both databases share.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EventStoreConfiguration.class);

    /**
     * The event store's connection pool, declared here rather than left to Spring Boot: Axon 4.13's JDBC and
     * transaction auto-configurations order themselves after Boot 3's class names, which Boot 4 moved, so
     * they would look for a DataSource before Boot made one and silently fall back to no transactions
     * (docs/adr/0005). Configured by the usual {@code spring.datasource.*} properties.
     */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties) {
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }

    /**
     * Spring's transactions around every append, claim and idempotency record, which Axon then joins; on the
     * embedded H2 file, committed one at a time ({@link OneCommitAtATime}).
     */
    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource, DataSourceProperties properties) {
        return properties.getUrl() != null && properties.getUrl().startsWith("jdbc:h2:")
                ? new OneCommitAtATime(dataSource) : new JdbcTransactionManager(dataSource);
    }

    /**
     * On the embedded H2 file, a compaction once a second between two commits (ADR 18); none on PostgreSQL.
     * It uses the pool, so Spring closes it first, and the round in progress ends before the pool does.
     */
    @Bean
    EmbeddedEventStoreCompaction embeddedEventStoreCompaction(JdbcTransactionManager transactions, DataSource dataSource) {
        return transactions instanceof OneCommitAtATime commits
                ? new EmbeddedEventStoreCompaction(dataSource, commits, Duration.ofSeconds(1)) : null;
    }

    /** snake_case names, unquoted, read the same on PostgreSQL and H2 (see db/eventstore/V1). */
    static final EventSchema SCHEMA = EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .eventIdentifierColumn("event_identifier")
            .metaDataColumn("meta_data")
            .payloadColumn("payload")
            .payloadRevisionColumn("payload_revision")
            .payloadTypeColumn("payload_type")
            .timestampColumn("time_stamp")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("type")
            .build();

    @Bean
    EventSchema eventSchema() {
        return SCHEMA;
    }

    @Bean
    PersistenceExceptionResolver duplicateKeyResolver() {
        return new DuplicateKeyResolver();
    }

    @Bean
    EventStorageEngine eventStorageEngine(ConnectionProvider connections, TransactionManager transactions,
                                          EventSchema schema, PersistenceExceptionResolver resolver,
                                          @Qualifier("serializer") Serializer snapshotSerializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration axon) {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                .persistenceExceptionResolver(resolver)
                .readEventDataWithGaps(new ReadEventsWithGaps())
                .snapshotSerializer(snapshotSerializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(axon.upcasterChain())
                // Each aggregate's own filter (e.g. the snapshot revision it can read). A custom engine must ask,
                // and ask late: the aggregates are configured after this engine is built.
                .snapshotFilter(snapshot -> axon.snapshotFilter().allow(snapshot))
                .build();
    }

    /**
     * Axon's default event store, with each projection on a stream of its own (no shared cache filled by a
     * polling thread): a projection woken because events were appended reads them from the database at once
     * (ADR 15). On PostgreSQL, every committed append is announced with NOTIFY for query sides elsewhere.
     */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon,
                                  @Value("${onboarding.event-store.poll-interval:250ms}") Duration pollInterval,
                                  DataSourceProperties dataSource, @Value("${onboarding.data-dir}") Path dataDir,
                                  DataSource jdbc) {
        if (dataSource.getUrl() != null && dataSource.getUrl().startsWith("jdbc:h2:file:")) {
            DataDirectory.ownerOnly(dataDir);
        }
        log.info("Event store: {} (Axon JDBC storage engine), polled every {} ms when idle",
                describe(dataSource.getUrl()), pollInterval.toMillis());
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .fetchDelay(pollInterval.toMillis())
                .cachedEvents(10_000)
                .cleanupDelay(10_000)
                .optimizeEventConsumption(false)
                .timeUnit(TimeUnit.MILLISECONDS)
                .build();
        if (dataSource.getUrl() != null && dataSource.getUrl().startsWith("jdbc:postgresql:")) {
            AppendNotifications.register(eventStore, jdbc);
        }
        return eventStore;
    }

    /** Which database, without credentials that a URL might carry. */
    static String describe(String jdbcUrl) {
        if (jdbcUrl == null) {
            return "unknown database";
        }
        String withoutParameters = jdbcUrl.replaceAll("[?;].*$", "");
        return jdbcUrl.startsWith("jdbc:h2:") ? "H2 file " + withoutParameters.substring("jdbc:h2:file:".length())
                + ".mv.db (embedded default)" : "PostgreSQL " + withoutParameters.replaceAll("//[^@/]*@", "//");
    }
}
