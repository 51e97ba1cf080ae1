package io.partnerportal.onboarding.kernel.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 §2.1 over a log's leaves: leaf hash SHA-256(0x00 ‖ data), interior node
 * SHA-256(0x01 ‖ left ‖ right), the tree of n leaves split at the largest power of two below n. Proofs are
 * built from the hashes of complete subtrees ({@link Subtrees}), so a proof costs O(log n) of them, and are
 * verified with nothing but hashes, as an auditor's own program would.
 */
public final class MerkleTree {

    /** The hash of a complete subtree: {@code size} leaves, a power of two, from {@code start}, a multiple of it. */
    @FunctionalInterface
    public interface Subtrees {
        byte[] hash(long start, long size);
    }

    private MerkleTree() {
    }

    public static byte[] leafHash(byte[] data) {
        return sha256(new byte[]{0}, data);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        return sha256(new byte[]{1}, left, right);
    }

    /** The root of the first {@code size} leaves (the hash of nothing for an empty tree). */
    public static byte[] root(Subtrees tree, long size) {
        return size == 0 ? sha256() : hash(tree, 0, size);
    }

    /** RFC 9162 §2.1.3.1: the audit path of leaf {@code index} in the tree of {@code size} leaves. */
    public static List<byte[]> inclusionProof(Subtrees tree, long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
        }
        var proof = new ArrayList<byte[]>();
        path(tree, index, 0, size, proof);
        return proof;
    }

    /** RFC 9162 §2.1.4.1: the proof that the tree of {@code from} leaves is a prefix of the tree of {@code to}. */
    public static List<byte[]> consistencyProof(Subtrees tree, long from, long to) {
        if (from < 1 || from > to) {
            throw new IllegalArgumentException("no consistency proof from " + from + " to " + to);
        }
        var proof = new ArrayList<byte[]>();
        subproof(tree, from, 0, to, true, proof);
        return proof;
    }

    /** RFC 9162 §2.1.3.2: does {@code proof} put {@code leafHash} at {@code index} of the tree with {@code root}? */
    public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** RFC 9162 §2.1.4.2: does {@code proof} show the tree with {@code firstRoot} as a prefix of the one with {@code secondRoot}? */
    public static boolean verifyConsistency(long first, long second, List<byte[]> proof, byte[] firstRoot, byte[] secondRoot) {
        if (first < 1 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        var path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.addFirst(firstRoot);
        }
        if (path.isEmpty()) {
            return false;
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.getFirst();
        byte[] sr = path.getFirst();
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
    }

    /** MTH(D[start:start+n]), from the complete subtrees it is made of. */
    private static byte[] hash(Subtrees tree, long start, long n) {
        if (Long.bitCount(n) == 1 && start % n == 0) {
            return tree.hash(start, n);
        }
        long k = largestPowerOfTwoBelow(n);
        return nodeHash(hash(tree, start, k), hash(tree, start + k, n - k));
    }

    private static void path(Subtrees tree, long m, long start, long n, List<byte[]> proof) {
        if (n == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(tree, m, start, k, proof);
            proof.add(hash(tree, start + k, n - k));
        } else {
            path(tree, m - k, start + k, n - k, proof);
            proof.add(hash(tree, start, k));
        }
    }

    private static void subproof(Subtrees tree, long m, long start, long n, boolean complete, List<byte[]> proof) {
        if (m == n) {
            if (!complete) {
                proof.add(hash(tree, start, n));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(tree, m, start, k, complete, proof);
            proof.add(hash(tree, start + k, n - k));
        } else {
            subproof(tree, m - k, start + k, n - k, false, proof);
            proof.add(hash(tree, start, k));
        }
    }

    /** The largest power of two smaller than {@code n} (n > 1). */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    /** The root of the tree of {@code leafHashes}, in one pass: what an auditor's program computes from an export. */
    public static byte[] rootOf(List<byte[]> leafHashes) {
        if (leafHashes.isEmpty()) {
            return sha256();
        }
        // The complete subtrees of the leaves seen so far, largest first, with their sizes.
        var hashes = new ArrayList<byte[]>();
        var sizes = new ArrayList<Long>();
        for (byte[] leaf : leafHashes) {
            byte[] hash = leaf;
            long size = 1;
            while (!sizes.isEmpty() && sizes.getLast() == size) {
                hash = nodeHash(hashes.removeLast(), hash);
                size += sizes.removeLast();
            }
            hashes.add(hash);
            sizes.add(size);
        }
        byte[] root = hashes.getLast();
        for (int i = hashes.size() - 2; i >= 0; i--) {
            root = nodeHash(hashes.get(i), root);
        }
        return root;
    }

    /** A tree held in memory: for tests and tools, and as the reference the stored tree must agree with. */
    public static Subtrees inMemory(List<byte[]> leafHashes) {
        return (start, size) -> size == 1 ? leafHashes.get((int) start)
                : nodeHash(inMemory(leafHashes).hash(start, size / 2), inMemory(leafHashes).hash(start + size / 2, size / 2));
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
