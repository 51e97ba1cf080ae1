package io.partnerportal.onboarding.query.feed;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.util.List;

/**
 * Shapes the feed answers that no record holds (a map, a stream's messages), for the API's documentation only;
 * a test checks served answers against them.
 */
final class FeedAnswers {

    private FeedAnswers() {
    }

    @Schema(name = "EventSchemaList", description = "Every event type, with where its JSON Schema is.")
    record EventSchemaList(@Schema(requiredMode = RequiredMode.REQUIRED) List<FeedController.SchemaLink> items) {
    }

    @Schema(name = "FeedStreamMessage", description = "One server-sent event of the feed stream. An `entry` carries "
            + "one feed entry, its `id:` the entry's position (send it back as `Last-Event-ID` to resume after it). "
            + "A `resume` comes before the stream closes, when the client fell too far behind: page on from `after` "
            + "with `GET /api/events`, then stream again. Comment lines (`: heartbeat`) come in between.",
            oneOf = {EntryMessage.class, ResumeMessage.class}, discriminatorProperty = "event")
    sealed interface FeedStreamMessage permits EntryMessage, ResumeMessage {
    }

    @Schema(name = "FeedStreamEntry")
    record EntryMessage(@Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = "entry") String event,
                        @Schema(requiredMode = RequiredMode.REQUIRED, description = "The entry's position.") String id,
                        @Schema(requiredMode = RequiredMode.REQUIRED) FeedEntrySchema data) implements FeedStreamMessage {
    }

    @Schema(name = "FeedStreamResume")
    record ResumeMessage(@Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = "resume") String event,
                         @Schema(requiredMode = RequiredMode.REQUIRED) Resume data) implements FeedStreamMessage {
    }

    @Schema(name = "FeedResume")
    record Resume(@Schema(requiredMode = RequiredMode.REQUIRED, description = "The position to page on after.") long after,
                  @Schema(requiredMode = RequiredMode.REQUIRED) String reason) {
    }
}
