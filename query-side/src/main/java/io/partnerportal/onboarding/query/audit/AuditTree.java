package io.partnerportal.onboarding.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import io.partnerportal.onboarding.kernel.audit.MerkleTree;
import io.partnerportal.onboarding.query.readmodel.DenseKeys;
import org.bson.Document;
import org.bson.types.Binary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The audit log's Merkle tree in MongoDB: the hash of every complete subtree, stored as the log grows (a
 * leaf, and each parent it completes), so that a root or a proof for any size reads O(log n) of them and
 * never passes over the log. Leaf i is the feed entry at position i + 1.
 */
class AuditTree implements MerkleTree.Subtrees {

    private final MongoCollection<Document> nodes;
    /** Appended, not yet stored, in the order they are to be stored. */
    private final Map<String, Node> unsaved = new LinkedHashMap<>();
    private long size = -1;

    AuditTree(MongoDatabase database) {
        this.nodes = database.getCollection("audit_nodes");
    }

    /** How many leaves the tree has. */
    synchronized long size() {
        if (size < 0) {
            // About two nodes a leaf: the guess that makes finding the size two reads.
            size = DenseKeys.last(leaf -> node(0, leaf - 1) != null, nodes.estimatedDocumentCount() / 2);
        }
        return size;
    }

    /**
     * Adds leaf {@code size()} and every subtree it completes. They are kept until {@link #flush()}, each
     * parent before the leaf that completes it: the tree's size is the number of stored leaves, so a store cut
     * short at any point still holds every parent of every leaf it holds.
     */
    synchronized void append(byte[] leafHash) {
        long index = size();
        byte[] hash = leafHash;
        int level = 0;
        long at = index;
        var parents = new ArrayList<Node>();
        while ((at & 1) == 1) {
            hash = MerkleTree.nodeHash(node(level, at - 1), hash);
            level++;
            at >>= 1;
            parents.add(new Node(level + ":" + at, hash));
        }
        for (Node parent : parents) {
            keep(parent);
        }
        keep(new Node("0:" + index, leafHash));
        size = index + 1;
    }

    /** Stores what {@link #append} kept, in the order it was kept, in one round trip. */
    synchronized void flush() {
        if (unsaved.isEmpty()) {
            return;
        }
        nodes.bulkWrite(unsaved.values().stream()
                .map(node -> new ReplaceOneModel<>(Filters.eq("_id", node.id()),
                        new Document("_id", node.id()).append("hash", new Binary(node.hash())), new ReplaceOptions().upsert(true)))
                .toList(), new BulkWriteOptions().ordered(true));
        unsaved.clear();
    }

    @Override
    public synchronized byte[] hash(long start, long length) {
        int level = Long.numberOfTrailingZeros(length);
        byte[] hash = node(level, start / length);
        if (hash == null) {
            throw new IllegalStateException("the audit tree has no node for " + length + " leaves from " + start);
        }
        return hash;
    }

    private record Node(String id, byte[] hash) {
    }

    private void keep(Node node) {
        unsaved.put(node.id(), node);
    }

    private byte[] node(int level, long index) {
        Node kept = unsaved.get(level + ":" + index);
        if (kept != null) {
            return kept.hash();
        }
        Document document = nodes.find(Filters.eq("_id", level + ":" + index)).first();
        return document == null ? null : document.get("hash", Binary.class).getData();
    }
}
