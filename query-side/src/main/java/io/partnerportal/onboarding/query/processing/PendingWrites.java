package io.partnerportal.onboarding.query.processing;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Writes a projection holds back while its processor works through a batch of events, to make them in one bulk
 * write at the batch's end rather than in a round trip per event. They are made before the processor stores its
 * token ({@link FlushingTokenStore}), so the token never passes an event whose writes are not in the store: if
 * the writes fail, the batch rolls back, the token stays where it was, and the batch's events come again (the
 * projections are idempotent). Writes that no batch holds, as in a dead letter's retry or a test calling a
 * handler, are made at once.
 */
public interface PendingWrites {

    /** Makes the held writes and forgets them; a second call with nothing held does nothing. */
    void flush();

    /**
     * Hands {@code write} the pending writes of {@code kind} in the current batch (made by {@code create} on
     * their first use), or, outside a batch, fresh ones that are flushed as soon as it returns.
     */
    static <W extends PendingWrites> void hold(Class<W> kind, Supplier<W> create, Consumer<W> write) {
        if (!CurrentUnitOfWork.isStarted()) {
            W writes = create.get();
            write.accept(writes);
            writes.flush();
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        W writes = kind.cast(batch.resources().get(kind.getName()));
        if (writes == null) {
            W created = create.get();
            batch.resources().put(kind.getName(), created);
            held(batch).add(created);
            // Flushed here too when nothing stores a token at the batch's end (a dead letter's retry).
            batch.onPrepareCommit(unitOfWork -> created.flush());
            writes = created;
        }
        write.accept(writes);
    }

    /**
     * The events of the unit of work being handled, so that a projection can look up what it needs for all of them
     * in one query; outside a unit of work (a test calling a handler), {@code handled} alone.
     */
    static List<? extends Message<?>> batchOr(Message<?> handled) {
        if (!CurrentUnitOfWork.isStarted()) {
            return List.of(handled);
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork instanceof BatchingUnitOfWork<?> batch ? batch.getMessages() : List.of(unitOfWork.getMessage());
    }

    /** Makes every write the current batch holds, in the order the projections first held them. */
    static void flushHeld() {
        if (CurrentUnitOfWork.isStarted()) {
            held(CurrentUnitOfWork.get().root()).forEach(PendingWrites::flush);
        }
    }

    private static List<PendingWrites> held(UnitOfWork<?> batch) {
        return batch.getOrComputeResource(PendingWrites.class.getName(), name -> new ArrayList<>());
    }
}
