package io.partnerportal.onboarding.query.processing;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How each projection stands, as operators see it in {@code /api/admin/projections} and in the metrics: its
 * position in the event store, how far behind the store's head (in events and in seconds), whether it is
 * replaying and how far, and how many sequences of events it has parked as dead letters. Reads the token
 * store, the event store's head and the dead-letter queue: call it off the event loop.
 */
@Component
public class ProjectionStatuses {

    /**
     * A projection's standing. {@code lagSeconds} is 0 when caught up, else how long ago the newest event it
     * has handled was appended (null when it has handled none since this instance started);
     * {@code replayProgressPercent} is null when not replaying.
     */
    public record ProjectionStatus(String name, boolean running, boolean error, long position, long headPosition,
                                   long lag, Long lagSeconds, boolean replaying, Integer replayProgressPercent,
                                   int claimedSegments, long deadLetters) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final ProjectionActivity activity;
    private final Clock clock;

    ProjectionStatuses(EventProcessingConfiguration processing, EventStore eventStore, ProjectionActivity activity,
                       Clock clock) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.activity = activity;
        this.clock = clock;
    }

    /** Every projection, by name. */
    public List<ProjectionStatus> all() {
        long head = head();
        return processing.eventProcessors().keySet().stream().sorted()
                .flatMap(name -> processor(name).map(processor -> status(name, processor, head)).stream())
                .toList();
    }

    /** One projection, if there is one of that name. */
    public Optional<ProjectionStatus> of(String name) {
        return processor(name).map(processor -> status(name, processor, head()));
    }

    private ProjectionStatus status(String name, StreamingEventProcessor processor, long head) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        long position = segments.stream().map(EventTrackerStatus::getCurrentPosition).filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).min().orElse(0);
        long lag = Math.max(0, head - position);
        List<EventTrackerStatus> replaying = segments.stream().filter(ProjectionStatuses::stillReplaying).toList();
        long deadLetters = processing.deadLetterQueue(name).map(queue -> queue.amountOfSequences()).orElse(0L);
        return new ProjectionStatus(name, processor.isRunning(), processor.isError(), position, head, lag,
                lagSeconds(name, lag), !replaying.isEmpty(), replaying.isEmpty() ? null : replayProgress(replaying),
                segments.size(), deadLetters);
    }

    /**
     * Axon marks a segment as replaying until it handles an event past the position where the replay ends; a
     * segment that has reached that position has nothing left to replay, even before the next event comes.
     */
    private static boolean stillReplaying(EventTrackerStatus segment) {
        return segment.isReplaying()
                && segment.getCurrentPosition().orElse(0) < segment.getResetPosition().orElse(0);
    }

    /** How far the slowest replaying segment is towards the position where its replay ends. */
    private static int replayProgress(List<EventTrackerStatus> replaying) {
        return replaying.stream().mapToInt(segment -> {
            long end = segment.getResetPosition().orElse(0);
            long at = segment.getCurrentPosition().orElse(0);
            return end <= 0 ? 100 : (int) Math.min(99, at * 100 / end);
        }).min().orElse(100);
    }

    private Long lagSeconds(String name, long lag) {
        if (lag == 0) {
            return 0L;
        }
        return activity.lastHandled(name)
                .map(appendedAt -> Math.max(0, Duration.between(appendedAt, clock.instant()).toSeconds()))
                .orElse(null);
    }

    private long head() {
        var headToken = eventStore.createHeadToken();
        return headToken == null ? 0 : headToken.position().orElse(0);
    }

    private Optional<StreamingEventProcessor> processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }
}
