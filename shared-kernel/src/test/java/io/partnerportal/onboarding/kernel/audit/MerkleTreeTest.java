package io.partnerportal.onboarding.kernel.audit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Merkle tree against the reference vectors of RFC 6962 / RFC 9162 (the Certificate Transparency test
 * leaves, as other implementations publish them), and every proof of every small tree verified both ways.
 */
@DisplayName("The Merkle tree of the audit log")
class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final List<byte[]> LEAVES = List.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f").stream().map(HEX::parseHex).map(MerkleTree::leafHash).toList();
    private static final List<String> ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    private final MerkleTree.Subtrees reference = MerkleTree.inMemory(LEAVES);

    @Test
    @DisplayName("has the reference root for every size from 0 to 8")
    void referenceRoots() {
        for (int size = 0; size <= 8; size++) {
            assertThat(HEX.formatHex(MerkleTree.root(reference, size))).as("size " + size).isEqualTo(ROOTS.get(size));
        }
    }

    @Test
    @DisplayName("gives the reference inclusion proofs")
    void referenceInclusionProofs() {
        assertThat(hex(MerkleTree.inclusionProof(reference, 0, 8))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(MerkleTree.inclusionProof(reference, 5, 8))).containsExactly(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(MerkleTree.inclusionProof(reference, 2, 3))).containsExactly(
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
    }

    @Test
    @DisplayName("gives the reference consistency proofs")
    void referenceConsistencyProofs() {
        assertThat(hex(MerkleTree.consistencyProof(reference, 1, 8))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(MerkleTree.consistencyProof(reference, 6, 8))).containsExactly(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(MerkleTree.consistencyProof(reference, 2, 5))).containsExactly(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertThat(MerkleTree.consistencyProof(reference, 1, 1)).isEmpty();
    }

    @Test
    @DisplayName("verifies every inclusion and consistency proof of every tree up to 40 leaves, and no altered one")
    void everyProofVerifies() {
        List<byte[]> leaves = IntStream.range(0, 40).mapToObj(i -> MerkleTree.leafHash(new byte[]{(byte) i, (byte) (i * 7)})).toList();
        var tree = MerkleTree.inMemory(leaves);
        for (int size = 1; size <= leaves.size(); size++) {
            byte[] root = MerkleTree.root(tree, size);
            for (int index = 0; index < size; index++) {
                var proof = MerkleTree.inclusionProof(tree, index, size);
                assertThat(MerkleTree.verifyInclusion(index, size, leaves.get(index), proof, root)).isTrue();
                assertThat(MerkleTree.verifyInclusion(index, size, leaves.get((index + 1) % 40), proof, root)).isFalse();
            }
            for (int from = 1; from <= size; from++) {
                var proof = MerkleTree.consistencyProof(tree, from, size);
                byte[] fromRoot = MerkleTree.root(tree, from);
                assertThat(MerkleTree.verifyConsistency(from, size, proof, fromRoot, root)).as(from + " to " + size).isTrue();
                if (from < size) {
                    assertThat(MerkleTree.verifyConsistency(from, size, proof, MerkleTree.leafHash(new byte[]{9}), root)).isFalse();
                }
            }
        }
    }

    private static List<String> hex(List<byte[]> hashes) {
        var out = new ArrayList<String>();
        hashes.forEach(hash -> out.add(HEX.formatHex(hash)));
        return out;
    }
}
