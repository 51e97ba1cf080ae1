package io.partnerportal.onboarding.query.feed;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.time.Instant;
import java.util.Map;

/**
 * The shape of a feed entry, for the API's documentation only: entries are written as JSON by {@link FeedEntryWriter}
 * and served byte for byte, so no record of them exists to document. The members are the writer's; a test checks
 * served entries against this schema.
 */
@Schema(name = "FeedEntry", description = "One event as a CloudEvents 1.0 JSON object (structured mode), served in "
        + "RFC 8785 canonical form: the bytes the audit log hashes. Attributes without a value are left out.")
record FeedEntrySchema(
        @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = "1.0") String specversion,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "The event's id: deduplicate by it.") String id,
        @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = FeedEntryWriter.SOURCE) String source,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "The event type, with its revision "
                + "(`partner.customer.added.v2`); its data's JSON Schema is at `/api/events/schemas/{type}`.") String type,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "The customer's id.") String subject,
        @Schema(requiredMode = RequiredMode.REQUIRED) Instant time,
        @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = "application/json") String datacontenttype,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "The event itself, as its type's schema says.")
        Map<String, Object> data,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "The entry's place in the feed: 1, 2, 3, ... without "
                + "gaps, given once and forever (a partner sees gaps: other partners' entries).", minimum = "1")
        long position,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "The event's place in its customer's stream, from 0.")
        long sequence,
        @Schema(description = "The customer's partner.") String partnerid,
        @Schema(description = "The reseller the customer is associated with, if any.") String resellerid,
        @Schema(description = "Who caused the event.") String actor,
        @Schema(description = "The actor's roles when it acted, comma-separated.") String actorroles,
        @Schema(description = "The correlation id of the request that caused the event.") String correlationid) {
}
