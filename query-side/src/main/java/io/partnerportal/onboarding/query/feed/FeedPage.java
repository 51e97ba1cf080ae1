package io.partnerportal.onboarding.query.feed;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/** A page of feed entries, answered as they are stored, and the position to ask after for the next page. */
public record FeedPage(List<Entry> items, long next) {

    /** At most this many entries a page. */
    public static final int MAX_LIMIT = 1000;

    /** An entry's JSON, answered byte for byte as it is stored (and hashed into the audit log). */
    @Schema(implementation = FeedEntrySchema.class)
    public record Entry(@JsonValue @JsonRawValue String json) {
    }

    /** The page of {@code stored} entries read after position {@code after}. */
    public static FeedPage of(List<FeedEntries.Stored> stored, long after) {
        return new FeedPage(stored.stream().map(entry -> new Entry(entry.json())).toList(),
                stored.isEmpty() ? after : stored.getLast().position());
    }
}
