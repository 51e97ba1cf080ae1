package io.partnerportal.onboarding.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.partnerportal.onboarding.kernel.audit.MerkleTree;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * The audit log's Merkle tree in MongoDB: the hash of every complete subtree, stored as the log grows (a
 * leaf, and each parent it completes), so that a root or a proof for any size reads O(log n) of them and
 * never passes over the log. Leaf i is the feed entry at position i + 1.
 */
class AuditTree implements MerkleTree.Subtrees {

    private final MongoCollection<Document> nodes;
    private long size = -1;

    AuditTree(MongoDatabase database) {
        this.nodes = database.getCollection("audit_nodes");
    }

    /** How many leaves the tree has. */
    synchronized long size() {
        if (size < 0) {
            long low = 0;
            long high = 1;
            while (node(0, high - 1) != null) {
                low = high;
                high *= 2;
            }
            // The first missing leaf lies in [low, high): find it by halving.
            while (low < high) {
                long middle = (low + high) / 2;
                if (node(0, middle) != null) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            size = low;
        }
        return size;
    }

    /** Adds leaf {@code size()} and every subtree it completes. */
    synchronized void append(byte[] leafHash) {
        long index = size();
        save(0, index, leafHash);
        byte[] hash = leafHash;
        int level = 0;
        long at = index;
        while ((at & 1) == 1) {
            hash = MerkleTree.nodeHash(node(level, at - 1), hash);
            level++;
            at >>= 1;
            save(level, at, hash);
        }
        size = index + 1;
    }

    @Override
    public byte[] hash(long start, long length) {
        int level = Long.numberOfTrailingZeros(length);
        byte[] hash = node(level, start / length);
        if (hash == null) {
            throw new IllegalStateException("the audit tree has no node for " + length + " leaves from " + start);
        }
        return hash;
    }

    private byte[] node(int level, long index) {
        Document document = nodes.find(Filters.eq("_id", level + ":" + index)).first();
        return document == null ? null : document.get("hash", Binary.class).getData();
    }

    private void save(int level, long index, byte[] hash) {
        nodes.replaceOne(Filters.eq("_id", level + ":" + index), new Document("_id", level + ":" + index)
                .append("hash", new Binary(hash)), new ReplaceOptions().upsert(true));
    }
}
