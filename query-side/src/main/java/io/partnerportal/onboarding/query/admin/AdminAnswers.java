package io.partnerportal.onboarding.query.admin;

import io.partnerportal.onboarding.query.feed.kafka.KafkaFeedPublisher;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.util.List;

/**
 * Shapes the operators' answers that are maps in the controller, for the API's documentation only; a test checks
 * served answers against them.
 */
final class AdminAnswers {

    private AdminAnswers() {
    }

    @Schema(name = "ProjectionList", description = "Every projection, by name, and where the feed is published.")
    record Projections(@Schema(requiredMode = RequiredMode.REQUIRED) List<io.partnerportal.onboarding.query.processing.ProjectionStatuses.ProjectionStatus> items,
                       @Schema(requiredMode = RequiredMode.REQUIRED, description = "The Kafka publisher, when "
                               + "`KAFKA_BOOTSTRAP_SERVERS` is set; else empty.")
                       List<KafkaFeedPublisher.Status> publications) {
    }

    @Schema(name = "DeadLetters", description = "A projection's parked events: one list per parked customer, in order.")
    record DeadLetters(@Schema(requiredMode = RequiredMode.REQUIRED) String projection,
                       @Schema(requiredMode = RequiredMode.REQUIRED)
                       @ArraySchema(arraySchema = @Schema(description = "One sequence per parked customer."))
                       List<List<ProjectionAdminController.DeadLetterView>> items) {
    }

    @Schema(name = "DeadLetterRetry", description = "What a retry of every parked sequence released.")
    record Retry(@Schema(requiredMode = RequiredMode.REQUIRED) String projection,
                 @Schema(requiredMode = RequiredMode.REQUIRED, description = "Sequences that went through.") int released,
                 @Schema(requiredMode = RequiredMode.REQUIRED, description = "Sequences still parked, with their new "
                         + "cause.") long stillParked) {
    }
}
