package io.partnerportal.onboarding.platform.eventstore;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A processor's read past a token that waits for gaps")
class ReadEventsWithGapsTest {

    private static final EventSchema SCHEMA = EventStoreConfiguration.SCHEMA;

    private Connection connection;

    /** The event store's own schema (db/eventstore) on H2 as the embedded default runs it, with 300 events. */
    @BeforeEach
    void storeWith300Events() throws SQLException {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/eventstore").load().migrate();
        connection = dataSource.getConnection();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO domain_event_entry (event_identifier,"
                + " payload, payload_type, time_stamp, aggregate_identifier, sequence_number, type)"
                + " VALUES (?, ?, 'CustomerAdded', '2026-12-03T21:00:00Z', ?, 0, 'Customer')")) {
            for (int event = 0; event < 300; event++) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setBytes(2, "{}".getBytes());
                insert.setString(3, UUID.randomUUID().toString());
                insert.executeUpdate();
            }
        }
    }

    @Test
    @DisplayName("returns the events at the gaps and the batch after the token's index, in the order of the index")
    void gapsAndBatchInOrder() throws SQLException {
        var read = new ReadEventsWithGaps().build(connection, SCHEMA, 200, 50, List.of(10L, 150L));

        var expected = new ArrayList<>(List.of(10L, 150L));
        expected.addAll(LongStream.rangeClosed(201, 250).boxed().toList());
        assertThat(indexes(read)).isEqualTo(expected);
    }

    @Test
    @DisplayName("with no gap left to wait for, returns the batch after the token's index")
    void noGapsReadsTheBatch() throws SQLException {
        var read = new ReadEventsWithGaps().build(connection, SCHEMA, 290, 50, List.of());

        assertThat(indexes(read)).isEqualTo(LongStream.rangeClosed(291, 300).boxed().toList());
    }

    /**
     * H2 shows in its plan, for every read of a table, the index it uses and, after a colon, the condition it
     * looks up; a read with no condition is a pass over the whole table, whatever the WHERE filters afterwards.
     */
    @Test
    @DisplayName("looks both parts up by the primary key, so that no fetch reads the whole table")
    void bothPartsUseTheIndex() throws SQLException {
        String plan;
        try (var explain = connection.prepareStatement("EXPLAIN " + ReadEventsWithGaps.sql(SCHEMA, 2))) {
            explain.setLong(1, 200);
            explain.setLong(2, 250);
            explain.setLong(3, 10);
            explain.setLong(4, 150);
            try (var rows = explain.executeQuery()) {
                rows.next();
                plan = rows.getString(1);
            }
        }

        var reads = Pattern.compile("FROM \"public\"\\.\"domain_event_entry\"\\s*/\\*([^*]*)\\*/").matcher(plan).results()
                .map(read -> read.group(1).trim()).toList();
        assertThat(reads).hasSize(2).allSatisfy(read -> assertThat(read).contains(":"));
    }

    private static List<Long> indexes(PreparedStatement read) throws SQLException {
        var indexes = new ArrayList<Long>();
        try (read; var rows = read.executeQuery()) {
            while (rows.next()) {
                indexes.add(rows.getLong(SCHEMA.globalIndexColumn()));
            }
        }
        return indexes;
    }
}
