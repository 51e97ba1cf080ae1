package io.partnerportal.onboarding.query.audit;

import io.partnerportal.onboarding.kernel.audit.MerkleTree;
import io.partnerportal.onboarding.kernel.customer.access.AccessRules;
import io.partnerportal.onboarding.kernel.customer.access.CustomerAction;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.rejection.Violation;
import io.partnerportal.onboarding.platform.web.Blocking;
import io.partnerportal.onboarding.platform.web.Problem;
import io.partnerportal.onboarding.platform.web.ProblemException;
import io.partnerportal.onboarding.query.InvalidQueryException;
import io.partnerportal.onboarding.query.QueryParameters;
import io.partnerportal.onboarding.query.feed.FeedEntries;
import io.partnerportal.onboarding.query.feed.FeedPage;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The audit log for auditors (RFC 9162, C2SP): signed checkpoints, the log's verifier key, inclusion and
 * consistency proofs, and the export whose lines are the Merkle tree's leaves. The checkpoint and the key
 * are for any signed-in caller — whoever holds a checkpoint should be able to check it; the rest is for
 * auditors.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    /** Positions read at once by the export: about 4 MB of entries. */
    private static final int EXPORT_WINDOW = 4096;

    private final AuditLog audit;
    private final FeedEntries feed;
    private final AuditIntegrity integrity;

    AuditController(AuditLog audit, FeedEntries feed, AuditIntegrity integrity) {
        this.audit = audit;
        this.feed = feed;
        this.integrity = integrity;
    }

    /** The history across customers: feed entries, each with who, when, in which roles, for which partner, its position. */
    @GetMapping(path = "/events", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<FeedPage> events(@RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int limit,
                          @RequestParam(required = false) String actor, @RequestParam(required = false) String partnerId,
                          @RequestParam(required = false) String type, @RequestParam(required = false) String subject,
                          @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                          Caller caller) {
        return Blocking.call(() -> {
            AccessRules.require(caller, CustomerAction.READ_AUDIT_LOG);
            var criteria = new FeedEntries.HistoryCriteria(Math.max(0, after), limit, actor, partnerId, type, subject,
                    QueryParameters.instant("from", from), QueryParameters.instant("to", to));
            requireBetween("limit", limit, 1, FeedPage.MAX_LIMIT, "LIMIT_RANGE");
            return FeedPage.of(feed.history(criteria), after);
        });
    }

    /**
     * Writes every leaf up to the latest checkpoint again from the event store itself and compares it with
     * the log, and their root with the checkpoint's; names the first position that does not hold.
     */
    @GetMapping(path = "/integrity", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<AuditIntegrity.Result> integrity(Caller caller) {
        return Blocking.call(() -> {
            AccessRules.require(caller, CustomerAction.CHECK_AUDIT_INTEGRITY);
            return integrity.check();
        });
    }

    record InclusionProof(long leafIndex, long treeSize, List<String> hashes) {
    }

    record ConsistencyProof(long from, long to, List<String> hashes) {
    }

    @GetMapping(path = "/checkpoint", produces = MediaType.TEXT_PLAIN_VALUE)
    Mono<String> checkpoint(Caller caller) {
        return Blocking.call(() -> audit.latestCheckpoint().orElseThrow(() -> notFound("NO_CHECKPOINT_YET",
                "The log has no entry yet, so no checkpoint.")));
    }

    @GetMapping(path = "/key", produces = MediaType.TEXT_PLAIN_VALUE)
    Mono<String> key(Caller caller) {
        return Mono.just(audit.verifierKey() + "\n");
    }

    @GetMapping(path = "/checkpoints", produces = MediaType.TEXT_PLAIN_VALUE)
    Mono<String> checkpointOf(@RequestParam long treeSize, Caller caller) {
        return Blocking.call(() -> {
            AccessRules.require(caller, CustomerAction.READ_AUDIT_LOG);
            return audit.checkpointOf(treeSize).orElseThrow(() -> notFound("CHECKPOINT_NOT_FOUND",
                    "No checkpoint was taken at tree size " + treeSize + "; GET /api/audit/checkpoint is the newest."));
        });
    }

    @GetMapping(path = "/proofs/inclusion", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<InclusionProof> inclusion(@RequestParam long position, @RequestParam long treeSize, Caller caller) {
        return Blocking.call(() -> {
            AccessRules.require(caller, CustomerAction.READ_AUDIT_LOG);
            requireBetween("treeSize", treeSize, 1, audit.size(), "TREE_SIZE_RANGE");
            requireBetween("position", position, 1, treeSize, "POSITION_RANGE");
            return new InclusionProof(position - 1, treeSize,
                    base64(MerkleTree.inclusionProof(audit.tree(), position - 1, treeSize)));
        });
    }

    @GetMapping(path = "/proofs/consistency", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ConsistencyProof> consistency(@RequestParam long from, @RequestParam long to, Caller caller) {
        return Blocking.call(() -> {
            AccessRules.require(caller, CustomerAction.READ_AUDIT_LOG);
            requireBetween("to", to, 1, audit.size(), "TREE_SIZE_RANGE");
            requireBetween("from", from, 1, to, "TREE_SIZE_RANGE");
            return new ConsistencyProof(from, to, base64(MerkleTree.consistencyProof(audit.tree(), from, to)));
        });
    }

    /**
     * One canonical entry a line, read a window of positions at a time as the client takes them, so memory
     * stays bounded by one window whatever the size of the export.
     */
    @GetMapping(path = "/export", produces = "application/x-ndjson")
    Flux<DataBuffer> export(@RequestParam(defaultValue = "1") long from, @RequestParam(required = false) Long to,
                            @RequestParam(required = false) String subject, Caller caller) {
        return Mono.fromRunnable(() -> AccessRules.require(caller, CustomerAction.READ_AUDIT_LOG))
                .thenMany(Flux.defer(() -> {
                            // The export ends where the feed ended when it was asked for, unless it ends earlier.
                            long last = Math.min(to == null ? Long.MAX_VALUE : to, feed.head());
                            return Flux.<List<FeedEntries.Stored>, Long>generate(() -> Math.max(0, from - 1), (after, sink) -> {
                                if (after >= last) {
                                    sink.complete();
                                    return after;
                                }
                                long through = Math.min(last, after + EXPORT_WINDOW);
                                sink.next(feed.window(after, through, subject));
                                return through;
                            });
                        })
                        .subscribeOn(Schedulers.boundedElastic())
                        .flatMapIterable(window -> window, 1))
                .map(entry -> DefaultDataBufferFactory.sharedInstance.wrap((entry.json() + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    /** Tree sizes and positions are whole numbers within the log (its size when the request is answered). */
    private static void requireBetween(String field, long value, long low, long high, String rule) {
        if (value < low || value > high) {
            throw new InvalidQueryException(List.of(new Violation(field, rule,
                    field + " must be from " + low + " to " + high)));
        }
    }

    private static List<String> base64(List<byte[]> hashes) {
        return hashes.stream().map(Base64.getEncoder()::encodeToString).toList();
    }

    private static ProblemException notFound(String code, String message) {
        return new ProblemException(Problem.of(HttpStatus.NOT_FOUND, code, message));
    }
}
