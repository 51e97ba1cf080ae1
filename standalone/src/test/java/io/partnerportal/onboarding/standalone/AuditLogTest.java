package io.partnerportal.onboarding.standalone;

import io.partnerportal.onboarding.kernel.audit.AuditVerifier;
import io.partnerportal.onboarding.kernel.audit.Checkpoint;
import io.partnerportal.onboarding.kernel.audit.MerkleTree;
import io.partnerportal.onboarding.kernel.audit.SignedNote;
import io.partnerportal.onboarding.platform.identity.DemoUsers;
import io.partnerportal.onboarding.platform.testing.ApiClient;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log as an auditor uses it, over HTTP on the real stores: a signed checkpoint, the export whose
 * lines are the leaves, proofs — all checked offline by the verifier shipped with the project, which has no
 * access to any store — and a tampered or shortened export refused, naming what is wrong.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "onboarding.audit.checkpoint-every=3")
@ContextConfiguration(initializers = IsolatedStores.class)
@DisplayName("The audit log")
class AuditLogTest {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("proves an export against a signed checkpoint, and that the log only grew since an older one")
    void exportVerifiesOffline() throws Exception {
        Backends.addCustomer(port);
        Backends.addCustomer(port);
        String older = awaitCheckpointOfAtLeast(3);
        long olderSize = Checkpoint.parse(older.substring(0, older.indexOf("\n\n") + 1)).size();
        Backends.addCustomer(port);
        Backends.addCustomer(port);
        String latest = awaitCheckpointOfAtLeast(olderSize + 3);
        long size = Checkpoint.parse(latest.substring(0, latest.indexOf("\n\n") + 1)).size();

        String key = text("gina", "/api/audit/key");
        Path dir = Files.createTempDirectory("audit");
        Path keyFile = Files.writeString(dir.resolve("key"), key);
        Path checkpointFile = Files.writeString(dir.resolve("checkpoint"), latest);
        Path olderFile = Files.writeString(dir.resolve("older"), older);
        Path proofFile = Files.writeString(dir.resolve("proof.json"),
                text("otto", "/api/audit/proofs/consistency?from=" + olderSize + "&to=" + size));
        Path export = download("otto", "/api/audit/export?from=1&to=" + size, dir.resolve("export.ndjson"));
        assertThat(Files.readAllLines(export)).hasSize((int) size);
        assertThat(text("otto", "/api/audit/checkpoints?treeSize=" + olderSize)).isEqualTo(older);

        assertThat(verify(keyFile, checkpointFile, olderFile, proofFile, export)).isEqualTo(0);

        List<String> lines = new ArrayList<>(Files.readAllLines(export));
        lines.set(1, lines.get(1).replace("\"actor\":\"", "\"actor\":\"x"));
        Path tampered = Files.write(dir.resolve("tampered.ndjson"), lines);
        assertThat(verify(keyFile, checkpointFile, null, null, tampered)).isEqualTo(1);
        assertThat(lastError).contains("root");
        lines = new ArrayList<>(Files.readAllLines(export));
        lines.remove(2);
        Path shortened = Files.write(dir.resolve("shortened.ndjson"), lines);
        assertThat(verify(keyFile, checkpointFile, null, null, shortened)).isEqualTo(1);
        assertThat(lastError).contains("line 3");
        Path forged = Files.writeString(dir.resolve("forged"), latest.replaceFirst("\n" + size + "\n", "\n" + (size - 1) + "\n"));
        assertThat(verify(keyFile, forged, null, null, export)).isEqualTo(1);
        assertThat(lastError).contains("signature");
    }

    @Test
    @DisplayName("proves that an entry is in the log, from the entry, the proof and the checkpoint alone")
    void inclusionProof() throws Exception {
        Backends.addCustomer(port);
        String note = awaitCheckpointOfAtLeast(3);
        String text = SignedNote.open(note, text("otto", "/api/audit/key").strip());
        Checkpoint checkpoint = Checkpoint.parse(text);
        String entry = text("otto", "/api/audit/export?from=2&to=2").strip();

        Map<?, ?> proof = ApiClient.as("otto", port).get().uri("/api/audit/proofs/inclusion?position=2&treeSize={size}",
                checkpoint.size()).exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        List<byte[]> hashes = ((List<?>) proof.get("hashes")).stream().map(hash -> Base64.getDecoder().decode((String) hash)).toList();

        assertThat(proof.get("leafIndex")).isEqualTo(1);
        assertThat(MerkleTree.verifyInclusion(1, checkpoint.size(), MerkleTree.leafHash(entry.getBytes(StandardCharsets.UTF_8)),
                hashes, checkpoint.root())).isTrue();
    }

    @Test
    @DisplayName("shows checkpoints and the key to any signed-in caller, proofs and the export to auditors only")
    void access() {
        Backends.addCustomer(port);
        awaitCheckpointOfAtLeast(1);
        ApiClient.as("gina", port).get().uri("/api/audit/checkpoint").exchange().expectStatus().isOk();
        ApiClient.anonymous(port).get().uri("/api/audit/checkpoint").exchange().expectStatus().isUnauthorized();
        ApiClient.as("gina", port).get().uri("/api/audit/export").exchange().expectStatus().isForbidden();
        ApiClient.as("gina", port).get().uri("/api/audit/proofs/inclusion?position=1&treeSize=1").exchange()
                .expectStatus().isForbidden();
        ApiClient.as("otto", port).get().uri("/api/audit/proofs/inclusion?position=1&treeSize=999999999").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("treeSize");
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @DisplayName("answers who did what, in which roles, for which partner, when, across customers, with positions")
    void historyAcrossCustomers() {
        String ginas = Backends.addCustomer(port);
        ApiClient.as("vera", port).post().uri("/api/customers/{id}/verification/approval", ginas).exchange()
                .expectStatus().isOk();
        awaitEntriesOf(ginas, 3);

        ApiClient.as("otto", port).get().uri("/api/audit/events?actor=vera&subject={id}", ginas).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].type").isEqualTo("partner.customer.verification.approved.v1")
                .jsonPath("$.items[0].actorroles").isEqualTo("VERIFICATION_OFFICER")
                .jsonPath("$.items[0].partnerid").isEqualTo("P-1000")
                .jsonPath("$.items[0].correlationid").isNotEmpty()
                .jsonPath("$.items[0].position").isNumber();
        ApiClient.as("otto", port).get().uri("/api/audit/events?partnerId=P-1000&type=partner.customer.added.v2&subject={id}", ginas)
                .exchange().expectBody().jsonPath("$.items[0].actor").isEqualTo("gina");
        ApiClient.as("otto", port).get().uri("/api/audit/events?partnerId=P-2000&subject={id}", ginas).exchange()
                .expectBody().jsonPath("$.items.length()").isEqualTo(0);
        ApiClient.as("otto", port).get().uri("/api/audit/events?subject={id}&from=2999-01-01T00:00:00Z", ginas).exchange()
                .expectBody().jsonPath("$.items.length()").isEqualTo(0);
        ApiClient.as("otto", port).get().uri("/api/audit/events?from=yesterday").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("from");
        ApiClient.as("gina", port).get().uri("/api/audit/events").exchange().expectStatus().isForbidden();
    }

    @Test
    @DisplayName("names the position of an event removed from, or changed in, the event store behind its back")
    void integrityNamesTamperedEvents() {
        String customerId = Backends.addCustomer(port);
        ApiClient.as("vera", port).post().uri("/api/customers/{id}/verification/approval", customerId).exchange()
                .expectStatus().isOk();
        Map<String, Long> positions = awaitEntriesOf(customerId, 3);
        long approval = positions.get("partner.customer.verification.approved.v1");
        long added = positions.get("partner.customer.added.v2");
        while (checkpointSize() < approval) {
            Backends.addCustomer(port);
        }
        ApiClient.as("gina", port).get().uri("/api/audit/integrity").exchange().expectStatus().isForbidden();
        ApiClient.as("opal", port).get().uri("/api/audit/integrity").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.ok").isEqualTo(true).jsonPath("$.firstMismatch").doesNotExist();

        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 2", customerId);
        ApiClient.as("otto", port).get().uri("/api/audit/integrity").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.ok").isEqualTo(false)
                .jsonPath("$.firstMismatch.position").isEqualTo((int) approval)
                .jsonPath("$.firstMismatch.reason").value(reason -> assertThat((String) reason).contains("no event"));

        byte[] payload = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number = 0", byte[].class, customerId);
        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE aggregate_identifier = ? AND sequence_number = 0",
                new String(payload, StandardCharsets.UTF_8).replace("Contoso", "Contoxo").getBytes(StandardCharsets.UTF_8), customerId);
        ApiClient.as("otto", port).get().uri("/api/audit/integrity").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.ok").isEqualTo(false)
                .jsonPath("$.firstMismatch.position").isEqualTo((int) added)
                .jsonPath("$.verifiedThrough").isEqualTo((int) added - 1);
    }

    /** The feed positions of a customer's entries, by type, once it has {@code count} of them. */
    private Map<String, Long> awaitEntriesOf(String customerId, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            Map<?, ?> page = ApiClient.as("otto", port).get().uri("/api/events?subject=" + customerId).exchange()
                    .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
            List<?> items = (List<?>) page.get("items");
            if (items.size() >= count) {
                var positions = new java.util.HashMap<String, Long>();
                items.forEach(item -> positions.put((String) ((Map<?, ?>) item).get("type"),
                        ((Number) ((Map<?, ?>) item).get("position")).longValue()));
                return positions;
            }
            pause();
        }
        throw new AssertionError("the feed did not show " + count + " entries of " + customerId);
    }

    private long checkpointSize() {
        String note = awaitCheckpointOfAtLeast(1);
        pause();
        return Checkpoint.parse(note.substring(0, note.indexOf("\n\n") + 1)).size();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private String lastError = "";

    private int verify(Path key, Path checkpoint, Path previous, Path proof, Path export) {
        var arguments = new ArrayList<>(List.of("--key", key.toString(), "--checkpoint", checkpoint.toString()));
        if (previous != null) {
            arguments.addAll(List.of("--previous", previous.toString(), "--consistency", proof.toString()));
        }
        arguments.add(export.toString());
        var err = new ByteArrayOutputStream();
        int code = AuditVerifier.run(arguments.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        lastError = err.toString(StandardCharsets.UTF_8);
        return code;
    }

    private String awaitCheckpointOfAtLeast(long size) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            var result = ApiClient.as("otto", port).get().uri("/api/audit/checkpoint").exchange()
                    .expectBody(String.class).returnResult();
            if (result.getStatus().is2xxSuccessful()) {
                String note = result.getResponseBody();
                if (Checkpoint.parse(note.substring(0, note.indexOf("\n\n") + 1)).size() >= size) {
                    return note;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no checkpoint of " + size + " entries or more");
    }

    /**
     * Streams an answer into a file, as an auditor's download does: the export holds every entry of the log,
     * which on a shared PostgreSQL is every event the suite has written, more than a client should buffer.
     */
    private Path download(String user, String uri, Path file) throws IOException, InterruptedException {
        var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + uri))
                .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofFile(file));
        assertThat(answer.statusCode()).as("GET " + uri).isEqualTo(200);
        return file;
    }

    private String text(String user, String uri) {
        return ApiClient.as(user, port).get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
    }
}
