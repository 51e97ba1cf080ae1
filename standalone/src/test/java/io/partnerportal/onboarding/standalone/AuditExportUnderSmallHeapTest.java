package io.partnerportal.onboarding.standalone;

import com.mongodb.client.MongoClients;
import io.partnerportal.onboarding.kernel.audit.AuditVerifier;
import io.partnerportal.onboarding.platform.identity.DemoUsers;
import io.partnerportal.onboarding.platform.testing.BackendProcess;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.query.readmodel.EmbeddedMongo;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export streams in constant memory: a backend whose whole heap is far smaller than the export exports
 * 100,000 entries, every one in order and unchanged, and its audit log takes them into its tree, so that the
 * offline verifier proves the export against the checkpoint signed at 100,000 entries.
 * <p>
 * The feed is written straight into the embedded MongoDB's file before the backend starts, as the feed's
 * projection would have written it: making 100,000 events through the command side would take this suite
 * minutes and prove nothing more about the export.
 */
@DisplayName("The audit export")
class AuditExportUnderSmallHeapTest {

    private static final int ENTRIES = 100_000;
    /** The whole backend's heap, the embedded MongoDB it reads from included; the export is about 105 MB of JSON. */
    private static final String HEAP = "128m";

    @Test
    @DisplayName("streams 100,000 entries from a backend with a 128 MB heap, and they prove out against the checkpoint")
    void exportsInConstantMemory() throws Exception {
        var stores = new IsolatedStores();
        long exportBytes = writeFeed(stores, ENTRIES);
        // Holding the export would take twice its size at least: the documents read and the bytes written.
        assertThat(2 * exportBytes).as("the export must not fit in the heap it streams through").isGreaterThan(128L << 20);

        try (var backend = BackendProcess.startWithHeap(StandaloneApplication.class, stores, "audit-export-small-heap", HEAP,
                "--onboarding.audit.checkpoint-every=" + ENTRIES)) {
            Path dir = Files.createTempDirectory("audit-export");
            Path export = dir.resolve("export.ndjson");
            HttpResponse<Path> response = http(backend, "/api/audit/export?from=1&to=" + ENTRIES,
                    HttpResponse.BodyHandlers.ofFile(export));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/x-ndjson"));

            try (BufferedReader lines = Files.newBufferedReader(export)) {
                for (int position = 1; position <= ENTRIES; position++) {
                    assertThat(lines.readLine()).as("line %d", position).isEqualTo(entry(position));
                }
                assertThat(lines.readLine()).isNull();
            }
            assertThat(backend.isAlive()).isTrue();
            assertThat(Files.readString(backend.log())).doesNotContain("OutOfMemoryError");

            String checkpoint = awaitCheckpoint(backend, ENTRIES);
            Path keyFile = Files.writeString(dir.resolve("key"), http(backend, "/api/audit/key", HttpResponse.BodyHandlers.ofString()).body());
            Path checkpointFile = Files.writeString(dir.resolve("checkpoint"), checkpoint);
            var err = new ByteArrayOutputStream();
            int verdict = AuditVerifier.run(new String[]{"--key", keyFile.toString(), "--checkpoint", checkpointFile.toString(),
                    export.toString()}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(verdict).as(err.toString(StandardCharsets.UTF_8)).isZero();
        }
    }

    /** Writes the feed as its projection does, one document per entry; answers the size of the export in bytes. */
    private static long writeFeed(IsolatedStores stores, int count) {
        long bytes = 0;
        try (var mongo = EmbeddedMongo.start(stores.dataDir(), 0); var client = MongoClients.create(mongo.connectionString())) {
            var feed = client.getDatabase(stores.database()).getCollection("feed");
            feed.createIndex(new Document("eventId", 1), new com.mongodb.client.model.IndexOptions().unique(true).name("feed_event_id"));
            var batch = new ArrayList<Document>();
            for (int position = 1; position <= count; position++) {
                String entry = entry(position);
                bytes += entry.getBytes(StandardCharsets.UTF_8).length + 1;
                batch.add(new Document("_id", (long) position).append("eventId", eventId(position))
                        .append("type", "partner.customer.added.v2").append("subject", eventId(1_000_000 + position))
                        .append("partnerId", "P-1000").append("resellerId", null).append("actor", "gina")
                        .append("time", Date.from(Instant.parse("2026-11-01T00:00:00Z").plusSeconds(position)))
                        .append("entry", entry));
                if (batch.size() == 1000) {
                    feed.insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                feed.insertMany(batch);
            }
        }
        return bytes;
    }

    /** An entry of the size and shape the feed writes for a new customer (about 1 KB), in its canonical JSON. */
    private static String entry(int position) {
        String customerId = eventId(1_000_000 + position);
        return "{\"actor\":\"gina\",\"actorroles\":\"GLOBAL_ADMIN\",\"correlationid\":\"" + eventId(-position)
                + "\",\"data\":{\"associatedResellerId\":null,\"billingProfile\":{\"address\":{\"addressLine1\":\"Av. Paulista "
                + position + "\",\"addressLine2\":null,\"city\":\"São Paulo\",\"country\":\"BR\",\"postalCode\":\"01310-100\","
                + "\"state\":\"SP\"},\"companyName\":\"Contoso Comércio de Software " + position + " Ltda\",\"language\":\"pt-BR\","
                + "\"primaryContact\":{\"email\":\"ana.souza" + position + "@contoso.com.br\",\"firstName\":\"Ana\","
                + "\"lastName\":\"Souza\",\"phone\":\"+55 11 4004 0001\"}},\"customerId\":\"" + customerId + "\","
                + "\"defaultGdapConsent\":true,\"domainPrefix\":\"contosobr" + position + "\",\"partnerId\":\"P-1000\","
                + "\"registrationId\":\"59.318.142/4970-65\",\"verificationStatus\":\"PENDING\",\"warnings\":[]},"
                + "\"datacontenttype\":\"application/json\",\"id\":\"" + eventId(position) + "\",\"partnerid\":\"P-1000\","
                + "\"position\":" + position + ",\"sequence\":0,\"source\":\"/partners/P-1000/customers\",\"specversion\":\"1.0\","
                + "\"subject\":\"" + customerId + "\",\"time\":\"" + Instant.parse("2026-11-01T00:00:00Z").plusSeconds(position)
                + "\",\"type\":\"partner.customer.added.v2\"}";
    }

    private static String eventId(int position) {
        return UUID.nameUUIDFromBytes(Integer.toString(position).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String awaitCheckpoint(BackendProcess backend, long size) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            var response = http(backend, "/api/audit/checkpoints?treeSize=" + size, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return response.body();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the audit log took no checkpoint at " + size + " entries; see " + backend.log());
    }

    private static <T> HttpResponse<T> http(BackendProcess backend, String path, HttpResponse.BodyHandler<T> body) throws Exception {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + backend.port() + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("otto:" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .timeout(Duration.ofMinutes(3)).build(), body);
        }
    }
}
