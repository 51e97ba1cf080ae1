package io.partnerportal.onboarding.standalone.storeddata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The stored rows of a few customers as reviewable text: one JSON object per row and line, per table,
 * with the byte columns (an event's payload and metadata) as the UTF-8 JSON they hold. What a backend of
 * one version stores, a backend of a later version must read: these files are how a test proves it.
 */
final class StoredData {

    static final String EVENTS = "domain_event_entry.ndjson";
    static final String SNAPSHOTS = "snapshot_event_entry.ndjson";
    static final String CLAIMS = "customer_claim.ndjson";
    static final String IDEMPOTENCY = "idempotency_record.ndjson";
    /** What the backend that wrote the rows answered for each customer: its view and its history. */
    static final String ANSWERS = "answers.json";
    /** In {@link #ANSWERS}: customer id → {view, history}, and the request that was sent with an Idempotency-Key. */
    static final String CUSTOMERS = "customers";
    static final String IDEMPOTENT_REQUEST = "idempotentRequest";

    private static final List<String> BYTE_COLUMNS = List.of("payload", "meta_data");
    static final ObjectMapper JSON = JsonMapper.builder().build();

    private StoredData() {
    }

    /** Writes the rows of {@code customers}, and the idempotency records of {@code idempotencyKeys}, under {@code folder}. */
    static void dump(JdbcTemplate jdbc, Collection<String> customers, Collection<String> idempotencyKeys, Path folder)
            throws IOException {
        Files.createDirectories(folder);
        String in = quoted(customers);
        write(folder.resolve(EVENTS), jdbc.queryForList("SELECT event_identifier, aggregate_identifier, sequence_number, "
                + "type, payload_type, payload_revision, time_stamp, payload, meta_data FROM domain_event_entry "
                + "WHERE aggregate_identifier IN (" + in + ") ORDER BY global_index"));
        write(folder.resolve(SNAPSHOTS), jdbc.queryForList("SELECT aggregate_identifier, sequence_number, type, "
                + "event_identifier, payload_type, payload_revision, time_stamp, payload, meta_data FROM snapshot_event_entry "
                + "WHERE aggregate_identifier IN (" + in + ") ORDER BY aggregate_identifier, sequence_number"));
        write(folder.resolve(CLAIMS), jdbc.queryForList("SELECT claim_type, claim_key, customer_id, domain_prefix "
                + "FROM customer_claim WHERE customer_id IN (" + in + ") ORDER BY claim_type, claim_key"));
        write(folder.resolve(IDEMPOTENCY), jdbc.queryForList("SELECT caller, idempotency_key, request_hash, outcome, "
                + "recorded_at FROM idempotency_record WHERE idempotency_key IN (" + quoted(idempotencyKeys) + ") "
                + "ORDER BY idempotency_key"));
    }

    /**
     * Inserts the rows under {@code folder} into an event store, in their order. The global index is the
     * store's to give, so the rows fit into a store that already holds other events; a fixture's own rows
     * are removed first, so loading twice into the same database is harmless.
     */
    static void load(JdbcTemplate jdbc, Path folder) throws IOException {
        for (var row : read(folder.resolve(EVENTS))) {
            jdbc.update("DELETE FROM domain_event_entry WHERE event_identifier = ?", row.get("event_identifier").asText());
        }
        for (var row : read(folder.resolve(CLAIMS))) {
            jdbc.update("DELETE FROM customer_claim WHERE claim_type = ? AND claim_key = ?",
                    row.get("claim_type").asText(), row.get("claim_key").asText());
        }
        for (var row : read(folder.resolve(IDEMPOTENCY))) {
            jdbc.update("DELETE FROM idempotency_record WHERE caller = ? AND idempotency_key = ?",
                    row.get("caller").asText(), row.get("idempotency_key").asText());
        }
        for (var row : read(folder.resolve(EVENTS))) {
            jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                            + "payload_type, payload_revision, time_stamp, payload, meta_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    text(row, "event_identifier"), text(row, "aggregate_identifier"), row.get("sequence_number").asLong(),
                    text(row, "type"), text(row, "payload_type"), text(row, "payload_revision"), text(row, "time_stamp"),
                    bytes(row, "payload"), bytes(row, "meta_data"));
        }
        for (var row : read(folder.resolve(SNAPSHOTS))) {
            jdbc.update("INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier, "
                            + "payload_type, payload_revision, time_stamp, payload, meta_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    text(row, "aggregate_identifier"), row.get("sequence_number").asLong(), text(row, "type"),
                    text(row, "event_identifier"), text(row, "payload_type"), text(row, "payload_revision"),
                    text(row, "time_stamp"), bytes(row, "payload"), bytes(row, "meta_data"));
        }
        for (var row : read(folder.resolve(CLAIMS))) {
            jdbc.update("INSERT INTO customer_claim (claim_type, claim_key, customer_id, domain_prefix) VALUES (?, ?, ?, ?)",
                    text(row, "claim_type"), text(row, "claim_key"), text(row, "customer_id"), text(row, "domain_prefix"));
        }
        for (var row : read(folder.resolve(IDEMPOTENCY))) {
            jdbc.update("INSERT INTO idempotency_record (caller, idempotency_key, request_hash, outcome, recorded_at) "
                            + "VALUES (?, ?, ?, ?, ?)", text(row, "caller"), text(row, "idempotency_key"),
                    text(row, "request_hash"), text(row, "outcome"),
                    java.sql.Timestamp.valueOf(text(row, "recorded_at")));
        }
    }

    /** The test's own generated ids, quoted for an IN list. */
    private static String quoted(Collection<String> values) {
        return String.join(",", values.stream().map(value -> "'" + value.replace("'", "''") + "'").toList());
    }

    static List<JsonNode> read(Path file) throws IOException {
        var rows = new ArrayList<JsonNode>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }

    private static void write(Path file, List<Map<String, Object>> rows) throws IOException {
        var lines = new ArrayList<String>();
        for (var row : rows) {
            ObjectNode node = JSON.createObjectNode();
            row.forEach((column, value) -> {
                String name = column.toLowerCase();
                if (value == null) {
                    node.putNull(name);
                } else if (BYTE_COLUMNS.contains(name)) {
                    node.put(name, new String((byte[]) value, StandardCharsets.UTF_8));
                } else if (value instanceof Number number) {
                    node.put(name, number.longValue());
                } else {
                    node.put(name, value.toString());
                }
            });
            lines.add(toJson(node));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static String toJson(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode row, String column) {
        JsonNode value = row.get(column);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static byte[] bytes(JsonNode row, String column) {
        String value = text(row, column);
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }
}
