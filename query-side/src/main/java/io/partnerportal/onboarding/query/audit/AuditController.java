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
import io.partnerportal.onboarding.platform.openapi.AnySignedInCaller;
import io.partnerportal.onboarding.platform.openapi.ApiTags;
import io.partnerportal.onboarding.platform.openapi.Performs;
import io.partnerportal.onboarding.platform.openapi.Refusals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

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
    @Operation(operationId = "listAuditEvents", tags = ApiTags.AUDIT_LOG, summary = "Read the history across customers",
            description = """
            Feed entries, each with who caused it (`actor`, `actorroles`), when (`time`), for which partner \
            (`partnerid`), its correlation id and its `position` (so that it can be proven), filtered by any of \
            the parameters; page on with `after` set to the answer's `next`.""")
    @Parameter(name = "after", description = "The position to read after; 0 for the start.")
    @Parameter(name = "limit", description = "Entries at most.", schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "1000", defaultValue = "100"))
    @Parameter(name = "actor", description = "Only events this user caused.")
    @Parameter(name = "partnerId", description = "Only events of this partner's customers.", example = "P-1000")
    @Parameter(name = "type", description = "Only events of this type.")
    @Parameter(name = "subject", description = "Only the events of this customer.")
    @Parameter(name = "from", description = "Only events at or after this ISO-8601 UTC instant.",
            schema = @Schema(type = "string", format = "date-time"))
    @Parameter(name = "to", description = "Only events before this ISO-8601 UTC instant.", schema = @Schema(type = "string", format = "date-time"))
    @Performs(CustomerAction.READ_AUDIT_LOG)
    @Refusals("VALIDATION_FAILED")
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
    @Operation(operationId = "checkAuditIntegrity", tags = ApiTags.AUDIT_LOG, summary = "Check the log against the event store",
            description = """
            Writes every leaf up to the latest checkpoint again from the event store itself and compares it with \
            the log, and their root with the checkpoint's; names the first position that does not hold.""")
    @Performs(CustomerAction.CHECK_AUDIT_INTEGRITY)
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

    @Operation(operationId = "getLatestCheckpoint", tags = ApiTags.AUDIT_LOG, summary = "Read the latest signed checkpoint",
            description = "The log's newest checkpoint (C2SP signed note): its origin, tree size and root hash, signed.")
    @ApiResponse(responseCode = "200", description = "The checkpoint.", content = @Content(
            mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string", description = "A signed note.")))
    @AnySignedInCaller
    @Refusals("NO_CHECKPOINT_YET")
    @GetMapping(path = "/checkpoint", produces = MediaType.TEXT_PLAIN_VALUE)
    Mono<String> checkpoint(Caller caller) {
        return Blocking.call(() -> audit.latestCheckpoint().orElseThrow(() -> notFound("NO_CHECKPOINT_YET",
                "The log has no entry yet, so no checkpoint.")));
    }

    @Operation(operationId = "getVerifierKey", tags = ApiTags.AUDIT_LOG, summary = "Read the log's verifier key",
            description = "The key that verifies the checkpoints' signatures (a C2SP note verifier key, Ed25519).")
    @ApiResponse(responseCode = "200", description = "The verifier key, one line.", content = @Content(
            mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")))
    @AnySignedInCaller
    @GetMapping(path = "/key", produces = MediaType.TEXT_PLAIN_VALUE)
    Mono<String> key(Caller caller) {
        return Mono.just(audit.verifierKey() + "\n");
    }

    @Operation(operationId = "getCheckpoint", tags = ApiTags.AUDIT_LOG, summary = "Read an older checkpoint",
            description = "The checkpoint signed when the log had `treeSize` entries, if one was.")
    @ApiResponse(responseCode = "200", description = "The checkpoint.", content = @Content(
            mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string", description = "A signed note.")))
    @Parameter(name = "treeSize", description = "The log's size at the checkpoint.", schema = @Schema(type = "integer", format = "int64", minimum = "1"))
    @Performs(CustomerAction.READ_AUDIT_LOG)
    @Refusals("CHECKPOINT_NOT_FOUND")
    @GetMapping(path = "/checkpoints", produces = MediaType.TEXT_PLAIN_VALUE)
    Mono<String> checkpointOf(@RequestParam long treeSize, Caller caller) {
        return Blocking.call(() -> {
            AccessRules.require(caller, CustomerAction.READ_AUDIT_LOG);
            return audit.checkpointOf(treeSize).orElseThrow(() -> notFound("CHECKPOINT_NOT_FOUND",
                    "No checkpoint was taken at tree size " + treeSize + "; GET /api/audit/checkpoint is the newest."));
        });
    }

    @Operation(operationId = "getInclusionProof", tags = ApiTags.AUDIT_LOG, summary = "Prove an entry is in the log",
            description = "The RFC 9162 inclusion proof of the entry at `position` in the tree of `treeSize` entries.")
    @Parameter(name = "position", description = "The entry's position, from 1 to `treeSize`.", schema = @Schema(type = "integer", format = "int64", minimum = "1"))
    @Parameter(name = "treeSize", description = "The size of a tree the log has had, such as a checkpoint's.",
            schema = @Schema(type = "integer", format = "int64", minimum = "1"))
    @Performs(CustomerAction.READ_AUDIT_LOG)
    @Refusals("VALIDATION_FAILED")
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

    @Operation(operationId = "getConsistencyProof", tags = ApiTags.AUDIT_LOG, summary = "Prove the log only grew",
            description = "The RFC 9162 consistency proof between the trees of `from` and `to` entries.")
    @Parameter(name = "from", description = "The older tree's size.", schema = @Schema(type = "integer", format = "int64", minimum = "1"))
    @Parameter(name = "to", description = "The newer tree's size, at most the log's.", schema = @Schema(type = "integer", format = "int64", minimum = "1"))
    @Performs(CustomerAction.READ_AUDIT_LOG)
    @Refusals("VALIDATION_FAILED")
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
    @Operation(operationId = "exportAuditLog", tags = ApiTags.AUDIT_LOG, summary = "Export the log", description = """
            The entries from position `from` to `to` (or to where the feed ended when asked), one canonical entry \
            a line: the tree's leaves, which `bin/verify-audit` proves against a checkpoint offline.""")
    @ApiResponse(responseCode = "200", description = "The entries, streamed.", content = @Content(
            mediaType = "application/x-ndjson", schema = @Schema(type = "string", description = "One FeedEntry "
                    + "(RFC 8785 canonical JSON) a line.")))
    @Parameter(name = "from", description = "The first position.",
            schema = @Schema(type = "integer", format = "int64", minimum = "1", defaultValue = "1"))
    @Parameter(name = "to", description = "The last position.", schema = @Schema(type = "integer", format = "int64", minimum = "1"))
    @Parameter(name = "subject", description = "Only the entries of this customer.")
    @Performs(CustomerAction.READ_AUDIT_LOG)
    @GetMapping(path = "/export", produces = "application/x-ndjson")
    Flux<DataBuffer> export(@RequestParam(defaultValue = "1") long from, @RequestParam(required = false) Long to,
                            @RequestParam(required = false) String subject, Caller caller) {
        return Mono.fromRunnable(() -> AccessRules.require(caller, CustomerAction.READ_AUDIT_LOG))
                .thenMany(Blocking.stream(Flux.defer(() -> {
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
                        }))
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
