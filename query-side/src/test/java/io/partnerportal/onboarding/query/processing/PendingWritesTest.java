package io.partnerportal.onboarding.query.processing;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Writes held for a batch of events")
class PendingWritesTest {

    private static final String PROCESSOR = "customer-view";

    /** The store the held writes go to: what was written, in order, and whether writing works. */
    private final List<String> store = new ArrayList<>();
    private boolean storeAvailable = true;
    private TokenStore tokens;

    /** Stands for a projection's batch: the events it was handed, written in one go. */
    private final class HeldEvents implements PendingWrites {
        private final List<String> held = new ArrayList<>();

        @Override
        public void flush() {
            if (!storeAvailable) {
                throw new IllegalStateException("the read-model store is unavailable");
            }
            store.addAll(held);
            held.clear();
        }
    }

    /** Stores a token the moment it is asked, as the MongoDB token store does: no transaction to undo it. */
    private static final class ImmediateTokens implements TokenStore {
        private final Map<Integer, TrackingToken> stored = new HashMap<>();

        @Override
        public void storeToken(TrackingToken token, String processorName, int segment) {
            stored.put(segment, token);
        }

        @Override
        public TrackingToken fetchToken(String processorName, int segment) {
            return stored.get(segment);
        }

        @Override
        public void releaseClaim(String processorName, int segment) {
        }

        @Override
        public int[] fetchSegments(String processorName) {
            return stored.keySet().stream().mapToInt(Integer::intValue).toArray();
        }
    }

    @BeforeEach
    void tokensAtTheStart() {
        tokens = new FlushingTokenStore(new ImmediateTokens());
    }

    /** Handles {@code events} as a pooled processor does: one unit of work, the token stored as the commit begins. */
    private void process(List<String> events, TrackingToken last) {
        var batch = new BatchingUnitOfWork<>(events.stream().map(GenericEventMessage::asEventMessage).toList());
        batch.onPrepareCommit(unitOfWork -> tokens.storeToken(last, PROCESSOR, 0));
        var result = batch.executeWithResult(() -> {
            String event = (String) CurrentUnitOfWork.get().getMessage().getPayload();
            PendingWrites.hold(HeldEvents.class, HeldEvents::new, writes -> {
                assertThat(store).as("nothing is written while the batch is handled").doesNotContain(event);
                writes.held.add(event);
            });
            return null;
        });
        assertThat(result.isExceptional()).as("the batch's handling failed: %s", result.optionalExceptionResult()).isFalse();
    }

    @Test
    @DisplayName("are written once the batch is handled, before its token is stored")
    void writtenBeforeTheToken() {
        process(List.of("e1", "e2", "e3"), new GlobalSequenceTrackingToken(3));

        assertThat(store).containsExactly("e1", "e2", "e3");
        assertThat(tokens.fetchToken(PROCESSOR, 0)).isEqualTo(new GlobalSequenceTrackingToken(3));
    }

    @Test
    @DisplayName("that cannot be written keep the token where it was, so the batch comes again")
    void aFailedWriteStoresNoToken() {
        process(List.of("e1"), new GlobalSequenceTrackingToken(1));
        storeAvailable = false;

        assertThatThrownBy(() -> process(List.of("e2", "e3"), new GlobalSequenceTrackingToken(3)))
                .hasMessageContaining("unavailable");

        assertThat(tokens.fetchToken(PROCESSOR, 0)).isEqualTo(new GlobalSequenceTrackingToken(1));
        storeAvailable = true;
        process(List.of("e2", "e3"), new GlobalSequenceTrackingToken(3));
        assertThat(store).containsExactly("e1", "e2", "e3");
    }

    @Test
    @DisplayName("are written at once where no batch holds them")
    void outsideABatchWrittenAtOnce() {
        PendingWrites.hold(HeldEvents.class, HeldEvents::new, writes -> writes.held.add("e1"));

        assertThat(store).containsExactly("e1");
    }
}
