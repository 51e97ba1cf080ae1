package io.partnerportal.onboarding.standalone.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Grows the event store to a given size by copying customers already in it under new ids: each copy is the
 * same stream of events, as the backend wrote them (same types, revisions, JSON and metadata), with the
 * customer's id and each event's id new. Real events, then, and as many as a replay benchmark needs, without
 * taking an hour of commands over HTTP to make them. Only short streams are copied, the customers most
 * customers are like.
 */
final class EventCopies {

    private static final int TEMPLATE_CUSTOMERS = 200;
    private static final int LONGEST_TEMPLATE = 20;
    private static final int BATCH = 1_000;

    private record Row(String aggregateId, long sequence, String type, String payloadType, String payloadRevision,
                       byte[] payload, byte[] metaData, String timeStamp) {
    }

    private EventCopies() {
    }

    /** Adds copies until the store holds at least {@code events} events; answers how many it holds then. */
    static long fillTo(Connection db, long events) throws SQLException {
        db.setAutoCommit(false);
        long count = count(db);
        List<List<Row>> templates = templates(db);
        if (templates.isEmpty()) {
            throw new IllegalStateException("No customer in the event store to copy");
        }
        try (var insert = db.prepareStatement("INSERT INTO domain_event_entry (event_identifier, meta_data, payload, "
                + "payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int batched = 0;
            while (count < events) {
                for (List<Row> stream : templates) {
                    if (count >= events) {
                        break;
                    }
                    byte[] from = stream.getFirst().aggregateId().getBytes(StandardCharsets.UTF_8);
                    String id = UUID.randomUUID().toString();
                    byte[] to = id.getBytes(StandardCharsets.UTF_8);
                    for (Row row : stream) {
                        insert.setString(1, UUID.randomUUID().toString());
                        insert.setBytes(2, row.metaData());
                        insert.setBytes(3, replaced(row.payload(), from, to));
                        insert.setString(4, row.payloadRevision());
                        insert.setString(5, row.payloadType());
                        insert.setString(6, row.timeStamp());
                        insert.setString(7, id);
                        insert.setLong(8, row.sequence());
                        insert.setString(9, row.type());
                        insert.addBatch();
                        count++;
                        if (++batched == BATCH) {
                            insert.executeBatch();
                            db.commit();
                            batched = 0;
                        }
                    }
                }
            }
            insert.executeBatch();
            db.commit();
        }
        return count(db);
    }

    static long count(Connection db) throws SQLException {
        try (var rows = db.createStatement().executeQuery("SELECT count(*) FROM domain_event_entry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Whole streams of short-lived customers, each in its order. */
    private static List<List<Row>> templates(Connection db) throws SQLException {
        var ids = new ArrayList<String>();
        try (var find = db.prepareStatement("SELECT aggregate_identifier FROM domain_event_entry WHERE type = "
                + "'CustomerAggregate' GROUP BY aggregate_identifier HAVING count(*) <= ? ORDER BY aggregate_identifier "
                + "LIMIT ?")) {
            find.setInt(1, LONGEST_TEMPLATE);
            find.setInt(2, TEMPLATE_CUSTOMERS);
            try (var rows = find.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        var streams = new ArrayList<List<Row>>();
        try (var read = db.prepareStatement("SELECT aggregate_identifier, sequence_number, type, payload_type, "
                + "payload_revision, payload, meta_data, time_stamp FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? ORDER BY sequence_number")) {
            for (String id : ids) {
                read.setString(1, id);
                var stream = new ArrayList<Row>();
                try (var rows = read.executeQuery()) {
                    while (rows.next()) {
                        stream.add(new Row(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                                rows.getString(5), rows.getBytes(6), rows.getBytes(7), rows.getString(8)));
                    }
                }
                streams.add(stream);
            }
        }
        return streams;
    }

    /** {@code bytes} with every occurrence of {@code from} replaced by {@code to} (the same length: two UUIDs). */
    private static byte[] replaced(byte[] bytes, byte[] from, byte[] to) {
        byte[] copy = bytes.clone();
        outer:
        for (int i = 0; i + from.length <= copy.length; i++) {
            for (int j = 0; j < from.length; j++) {
                if (copy[i + j] != from[j]) {
                    continue outer;
                }
            }
            System.arraycopy(to, 0, copy, i, to.length);
            i += from.length - 1;
        }
        return copy;
    }
}
