package io.partnerportal.onboarding.kernel.audit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A signed checkpoint (C2SP signed note, Ed25519)")
class SignedNoteTest {

    private static final String NAME = "partner-portal.example/onboarding";

    /** A key whose verifier key has a '+' in its base64 part, the case a naive split gets wrong. */
    private static KeyPair keyWithPlusInItsEncoding() throws Exception {
        var generator = KeyPairGenerator.getInstance("Ed25519");
        while (true) {
            KeyPair pair = generator.generateKeyPair();
            if (SignedNote.verifierKey(NAME, pair.getPublic()).split("\\+", 3)[2].contains("+")) {
                return pair;
            }
        }
    }

    @Test
    @DisplayName("opens with the log's verifier key and gives back the checkpoint")
    void opens() throws Exception {
        KeyPair key = keyWithPlusInItsEncoding();
        String text = new Checkpoint(NAME, 42, new byte[32]).text();
        String note = SignedNote.sign(text, NAME, key.getPrivate(), key.getPublic());

        assertThat(note).startsWith(text + "\n\u2014 " + NAME + " ");
        assertThat(SignedNote.open(note, SignedNote.verifierKey(NAME, key.getPublic()))).isEqualTo(text);
        assertThat(Checkpoint.parse(text).size()).isEqualTo(42);
    }

    @Test
    @DisplayName("refuses a changed text, and another key")
    void refusesForgeries() throws Exception {
        KeyPair key = keyWithPlusInItsEncoding();
        String note = SignedNote.sign(new Checkpoint(NAME, 42, new byte[32]).text(), NAME, key.getPrivate(), key.getPublic());
        String verifierKey = SignedNote.verifierKey(NAME, key.getPublic());

        assertThatThrownBy(() -> SignedNote.open(note.replace("\n42\n", "\n43\n"), verifierKey))
                .hasMessageContaining("does not verify");
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        assertThatThrownBy(() -> SignedNote.open(note, SignedNote.verifierKey(NAME, other.getPublic())))
                .hasMessageContaining("not signed by");
    }
}
