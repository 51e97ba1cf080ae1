package io.partnerportal.onboarding.standalone.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The commands' database work with nothing on top: one JDBC transaction per command writing the rows the
 * backend writes for it (ADR 4): AddCustomer looks for its idempotency record, appends CustomerAdded and the
 * default GDAP relationship's event, claims the domain prefix and the registration id and records its
 * answer; ChangeBillingInfo looks for its idempotency record, reads the customer's stream (as the aggregate
 * is loaded), appends one event and records its answer. The schema is the backend's own Flyway scripts,
 * in a database of its own: a fresh H2 file with the embedded default's URL flags, or a schema of its own
 * in the same PostgreSQL.
 */
final class RawEventStore implements AutoCloseable {

    static final String ADD_CUSTOMER = CommandSimulation.ADD_CUSTOMER;
    static final String CHANGE_BILLING_INFO = CommandSimulation.CHANGE_BILLING_INFO;

    /** The embedded default's flags (platform's application.yml), for a file of the benchmark's own. */
    static final String H2_FLAGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
            + "DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    private static final String SCHEMA = "bench_raw";
    private static final String[] MIGRATIONS = {
            "db/eventstore/V1__event_store.sql", "db/eventstore/V2__customer_claims_and_idempotency.sql"};

    /** An event's payload and metadata of about the size the backend stores (a CustomerAdded's JSON). */
    private static final byte[] PAYLOAD = ("{\"customerId\":\"%s\",\"billingProfile\":{\"companyName\":\"Contoso Comércio "
            + "de Software Ltda\",\"registrationId\":\"11.222.333/0001-81\",\"primaryContact\":{\"firstName\":\"Ana\","
            + "\"lastName\":\"Souza\",\"email\":\"ana.souza@contoso.com.br\",\"phone\":\"+55 11 4004 0001\"},\"address\":"
            + "{\"addressLine1\":\"Av. Paulista 1000\",\"addressLine2\":null,\"city\":\"São Paulo\",\"state\":\"SP\","
            + "\"postalCode\":\"01310-100\",\"country\":\"BR\"}},\"domainPrefix\":\"contosobr0a1b2c3d\",\"language\":"
            + "\"pt-BR\",\"partnerId\":\"P-1000\",\"associatedResellerId\":null,\"warnings\":[]}")
            .formatted(UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    private static final byte[] META_DATA = ("{\"actor\":\"bench-admin\",\"actorRoles\":\"GLOBAL_ADMIN\",\"partnerId\":"
            + "\"P-1000\",\"correlationId\":\"" + UUID.randomUUID() + "\",\"traceId\":\"" + UUID.randomUUID() + "\"}")
            .getBytes(StandardCharsets.UTF_8);

    private final String url;
    private final String user;
    private final String password;
    private final boolean ownSchema;
    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new CopyOnWriteArrayList<>();
    private final int poolSize;

    private RawEventStore(String url, String user, String password, boolean ownSchema, int poolSize) {
        this.poolSize = poolSize;
        this.idle = new ArrayBlockingQueue<>(poolSize);
        this.url = url;
        this.user = user;
        this.password = password;
        this.ownSchema = ownSchema;
    }

    /** A fresh H2 file under {@code directory}, as the embedded default keeps its events. */
    static RawEventStore freshH2(Path directory, int poolSize) throws SQLException, IOException {
        var store = new RawEventStore("jdbc:h2:file:" + directory.toAbsolutePath().resolve("eventstore") + H2_FLAGS,
                "sa", "", false, poolSize);
        store.migrate();
        return store;
    }

    /** A schema of its own in the PostgreSQL the backend uses, dropped and made again. */
    static RawEventStore schemaIn(String url, String user, String password, int poolSize)
            throws SQLException, IOException {
        var store = new RawEventStore(url, user, password, true, poolSize);
        try (var admin = DriverManager.getConnection(url, user, password); var statement = admin.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
        }
        store.migrate();
        return store;
    }

    /** One customer's two commands, each in its own transaction, timed apart. */
    void addThenChangeBilling(BaselineLoad.Visit visit) throws Exception {
        String customerId = UUID.randomUUID().toString();
        visit.time(ADD_CUSTOMER, () -> addCustomer(customerId));
        visit.time(CHANGE_BILLING_INFO, () -> changeBillingInfo(customerId));
    }

    /** AddCustomer's transaction alone, as {@link ConcurrentClientsSimulation} sends the command alone. */
    void add(BaselineLoad.Visit visit) throws Exception {
        String customerId = UUID.randomUUID().toString();
        visit.time(ADD_CUSTOMER, () -> addCustomer(customerId));
    }

    private void addCustomer(String customerId) throws SQLException, InterruptedException {
        asOneCommand(db -> {
            appendEvent(db, customerId, 0, "CustomerAdded");
            appendEvent(db, customerId, 1, "GdapRelationshipCreated");
            claim(db, "DOMAIN_PREFIX", "contosobr" + customerId.substring(0, 8), customerId);
            claim(db, "REGISTRATION_ID", "BR:" + customerId.replace("-", ""), customerId);
        });
    }

    private void changeBillingInfo(String customerId) throws SQLException, InterruptedException {
        asOneCommand(db -> {
            long events = 0;
            try (var read = db.prepareStatement("SELECT payload, meta_data, sequence_number FROM domain_event_entry "
                    + "WHERE aggregate_identifier = ? ORDER BY sequence_number")) {
                read.setString(1, customerId);
                try (var rows = read.executeQuery()) {
                    while (rows.next()) {
                        events++;
                    }
                }
            }
            appendEvent(db, customerId, events, "BillingInfoChanged");
        });
    }

    /** What a command's own rows need. */
    private interface CommandRows {
        void write(Connection db) throws SQLException;
    }

    /** One transaction as the command side makes it: the idempotency lookup, the command's rows, the record. */
    private void asOneCommand(CommandRows rows) throws SQLException, InterruptedException {
        Connection db = borrow();
        try {
            String key = UUID.randomUUID().toString();
            findIdempotencyRecord(db, key);
            rows.write(db);
            recordIdempotency(db, key);
            db.commit();
        } catch (SQLException failed) {
            db.rollback();
            throw failed;
        } finally {
            idle.add(db);
        }
    }

    private static void findIdempotencyRecord(Connection db, String key) throws SQLException {
        try (var find = db.prepareStatement(
                "SELECT outcome FROM idempotency_record WHERE caller = ? AND idempotency_key = ?")) {
            find.setString(1, "bench-admin");
            find.setString(2, key);
            find.executeQuery().close();
        }
    }

    private static void appendEvent(Connection db, String customerId, long sequence, String type) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO domain_event_entry (event_identifier, meta_data, "
                + "payload, payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setBytes(2, META_DATA);
            insert.setBytes(3, PAYLOAD);
            insert.setString(4, "2");
            insert.setString(5, "io.partnerportal.onboarding.kernel.customer.event." + type);
            insert.setString(6, Instant.now().toString());
            insert.setString(7, customerId);
            insert.setLong(8, sequence);
            insert.setString(9, "CustomerAggregate");
            insert.executeUpdate();
        }
    }

    private static void claim(Connection db, String type, String key, String customerId) throws SQLException {
        try (var insert = db.prepareStatement(
                "INSERT INTO customer_claim (claim_type, claim_key, customer_id, domain_prefix) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, type);
            insert.setString(2, key);
            insert.setString(3, customerId);
            insert.setString(4, "contosobr" + customerId.substring(0, 8));
            insert.executeUpdate();
        }
    }

    private static void recordIdempotency(Connection db, String key) throws SQLException {
        try (var insert = db.prepareStatement("INSERT INTO idempotency_record (caller, idempotency_key, request_hash, "
                + "outcome, recorded_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, "bench-admin");
            insert.setString(2, key);
            insert.setString(3, "0".repeat(64));
            insert.setString(4, "{\"status\":201,\"customerId\":\"" + key + "\",\"version\":2}");
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    /**
     * A connection of a pool as large as the backend's, opened when first needed and kept for every later
     * load: a command waits for one as it waits for one of the backend's pooled connections.
     */
    private Connection borrow() throws SQLException, InterruptedException {
        Connection db = idle.poll();
        if (db != null) {
            return db;
        }
        synchronized (all) {
            if (all.size() < poolSize) {
                db = open();
                db.setAutoCommit(false);
                all.add(db);
                return db;
            }
        }
        return idle.take();
    }

    private Connection open() throws SQLException {
        Connection db = DriverManager.getConnection(url, user, password);
        if (ownSchema) {
            try (var statement = db.createStatement()) {
                statement.execute("SET search_path TO " + SCHEMA);
            }
        }
        return db;
    }

    private void migrate() throws SQLException, IOException {
        try (Connection db = open(); var statement = db.createStatement()) {
            for (String migration : MIGRATIONS) {
                for (String sql : statements(migration)) {
                    statement.execute(sql);
                }
            }
        }
    }

    private static List<String> statements(String resource) throws IOException {
        try (InputStream script = RawEventStore.class.getClassLoader().getResourceAsStream(resource)) {
            if (script == null) {
                throw new IOException(resource + " is not on the class path");
            }
            var withoutComments = new StringBuilder();
            for (String line : new String(script.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.strip().startsWith("--")) {
                    withoutComments.append(line).append('\n');
                }
            }
            var statements = new ArrayList<String>();
            for (String sql : withoutComments.toString().split(";")) {
                if (!sql.isBlank()) {
                    statements.add(sql.strip());
                }
            }
            return statements;
        }
    }

    @Override
    public void close() throws SQLException {
        for (Connection db : all) {
            db.close();
        }
    }
}
