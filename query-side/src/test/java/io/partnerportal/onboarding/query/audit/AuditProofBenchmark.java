package io.partnerportal.onboarding.query.audit;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.partnerportal.onboarding.kernel.audit.MerkleTree;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.query.readmodel.EmbeddedMongo;
import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * A runnable benchmark, not a test (bin/bench runs it): how long an inclusion and a consistency proof take
 * on an audit log of 100,000 leaves in the embedded MongoDB, against a raw baseline measured in the same
 * run — the same number of point reads of stored nodes, with nothing on top. A proof reads O(log n) nodes,
 * so the ratio shows what the proof's own work costs beyond those reads.
 */
public final class AuditProofBenchmark {

    private static final int LEAVES = 100_000;
    private static final int PROOFS = 2_000;
    /** Each kind of proof is taken this often: a quarter of {@link #PROOFS} to warm up, then the timed ones. */
    private static final int RUNS = PROOFS + PROOFS / 4;

    public static void main(String[] args) {
        try (var mongo = EmbeddedMongo.start(IsolatedStores.newDataDir(), 0);
             var client = MongoClients.create(mongo.connectionString())) {
            var database = client.getDatabase("bench");
            var tree = new AuditTree(database);
            long built = System.nanoTime();
            for (int leaf = 0; leaf < LEAVES; leaf++) {
                tree.append(MerkleTree.leafHash(("entry " + leaf).getBytes(StandardCharsets.UTF_8)));
                if (leaf % 4096 == 4095) {
                    tree.flush();
                }
            }
            tree.flush();
            System.out.printf("audit log of %,d leaves in the embedded MongoDB, built in %.1f s; %,d proofs each%n",
                    LEAVES, (System.nanoTime() - built) / 1e9, PROOFS);

            var random = new Random(42);
            var reads = new AtomicInteger();
            var counted = new MerkleTree.Subtrees() {
                @Override
                public byte[] hash(long start, long size) {
                    reads.incrementAndGet();
                    return tree.hash(start, size);
                }
            };
            long[] inclusion = time(() -> {
                long size = LEAVES / 2 + random.nextInt(LEAVES / 2);
                return MerkleTree.inclusionProof(counted, random.nextLong(size), size).size();
            });
            int inclusionReads = reads.getAndSet(0) / RUNS;
            long[] consistency = time(() -> {
                long to = LEAVES / 2 + random.nextInt(LEAVES / 2);
                return MerkleTree.consistencyProof(counted, 1 + random.nextLong(to), to).size();
            });
            int consistencyReads = reads.getAndSet(0) / RUNS;
            MongoCollection<Document> nodes = database.getCollection("audit_nodes");
            long[] raw = time(() -> {
                for (int read = 0; read < inclusionReads; read++) {
                    nodes.find(Filters.eq("_id", "0:" + random.nextInt(LEAVES))).first();
                }
                return inclusionReads;
            });

            System.out.printf("%-44s %8s %8s %8s%n", "", "p50 ms", "p99 ms", "x raw");
            print("raw: " + inclusionReads + " point reads by _id (baseline)", raw, raw);
            print("inclusion proof (~" + inclusionReads + " nodes read)", inclusion, raw);
            print("consistency proof (~" + consistencyReads + " nodes read)", consistency, raw);
        }
    }

    /** Each run's latency in nanoseconds, sorted, after a warm-up. */
    private static long[] time(LongSupplier proof) {
        for (int i = 0; i < PROOFS / 4; i++) {
            proof.getAsLong();
        }
        long[] latencies = new long[PROOFS];
        for (int i = 0; i < PROOFS; i++) {
            long start = System.nanoTime();
            proof.getAsLong();
            latencies[i] = System.nanoTime() - start;
        }
        Arrays.sort(latencies);
        return latencies;
    }

    private static void print(String what, long[] latencies, long[] raw) {
        System.out.printf("%-44s %8.2f %8.2f %8.2f%n", what, percentile(latencies, 50) / 1e6, percentile(latencies, 99) / 1e6,
                (double) percentile(latencies, 50) / percentile(raw, 50));
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
    }

    private AuditProofBenchmark() {
    }
}
