package io.partnerportal.onboarding.query.admin;

import io.partnerportal.onboarding.platform.web.Blocking;
import io.partnerportal.onboarding.platform.web.Problem;
import io.partnerportal.onboarding.platform.web.ProblemException;
import io.partnerportal.onboarding.query.customer.ViewIntegrity;
import io.partnerportal.onboarding.query.feed.kafka.KafkaFeedPublisher;
import io.partnerportal.onboarding.query.processing.ProjectionActivity;
import io.partnerportal.onboarding.query.processing.ProjectionStatuses;
import io.partnerportal.onboarding.query.processing.ProjectionStatuses.ProjectionStatus;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.springframework.http.HttpStatus;
import io.partnerportal.onboarding.platform.openapi.ApiTags;
import io.partnerportal.onboarding.platform.openapi.Refusals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * For operators (the security configuration admits only OPERATOR under /api/admin): each projection's
 * position, lag behind the event store's head, replay progress and parked dead letters; rebuilding a
 * projection from the start; retrying its dead letters.
 */
@RestController
@RequestMapping(path = "/api/admin/projections", produces = MediaType.APPLICATION_JSON_VALUE)
class ProjectionAdminController {

    private final EventProcessingConfiguration processing;
    private final ProjectionStatuses statuses;
    private final ProjectionActivity activity;
    private final ObjectProvider<KafkaFeedPublisher> kafka;
    private final ViewIntegrity viewIntegrity;

    ProjectionAdminController(EventProcessingConfiguration processing, ProjectionStatuses statuses,
                              ProjectionActivity activity, ObjectProvider<KafkaFeedPublisher> kafka,
                              ViewIntegrity viewIntegrity) {
        this.processing = processing;
        this.statuses = statuses;
        this.activity = activity;
        this.kafka = kafka;
        this.viewIntegrity = viewIntegrity;
    }

    /**
     * Every customer view folded again from the event store and compared with the stored one: a view changed
     * behind the projection's back is named (DIFFERS), as are views missing or behind.
     */
    @Operation(operationId = "checkCustomerViewIntegrity", tags = ApiTags.PROJECTIONS,
            summary = "Check the customer views against the event store", description = """
            Folds every customer view again from the event store and names each stored view that differs, is \
            missing or is behind.""")
    @GetMapping("/customer-view/integrity")
    Mono<ViewIntegrity.Result> customerViewIntegrity() {
        return Blocking.call(viewIntegrity::check);
    }

    @Schema(name = "DeadLetter")
    record DeadLetterView(String messageId, String payloadType, String causeType, String causeMessage,
                          Instant enqueuedAt, Instant lastTouched) {
    }

    @Operation(operationId = "listProjections", tags = ApiTags.PROJECTIONS, summary = "List the projections",
            description = """
            Each projection's position, the event store's head and the lag between them, whether it is replaying \
            and how far, its claimed segments and parked dead letters; and the feed's publication to Kafka.""")
    @ApiResponse(responseCode = "200", description = "The projections.",
            content = @Content(schema = @Schema(implementation = AdminAnswers.Projections.class)))
    @GetMapping
    Mono<Map<String, Object>> projections() {
        return Blocking.call(() -> {
            var answer = new java.util.LinkedHashMap<String, Object>();
            answer.put("items", statuses.all());
            // Where the feed is published to Kafka, how far, and what last went wrong (an extension).
            answer.put("publications", kafka.stream().map(KafkaFeedPublisher::status).toList());
            return answer;
        });
    }

    /** Rebuilds the projection from the first event; reads keep answering from the documents being refreshed. */
    @Operation(operationId = "replayProjection", tags = ApiTags.PROJECTIONS, summary = "Replay a projection",
            description = """
            Rebuilds the projection from the first event, in place: reads keep answering from the views being \
            refreshed. Answers at once, with the replay under way.""")
    @ApiResponse(responseCode = "202", description = "Replaying: the projection as it stands now.")
    @Refusals("PROJECTION_NOT_FOUND")
    @PostMapping("/{name}/replay")
    Mono<ResponseEntity<ProjectionStatus>> replay(@PathVariable String name) {
        return Blocking.call(() -> {
            StreamingEventProcessor processor = processor(name);
            processor.shutDown();
            processor.resetTokens();
            activity.restarted(name);
            processor.start();
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(status(name));
        });
    }

    @Operation(operationId = "listDeadLetters", tags = ApiTags.PROJECTIONS, summary = "List a projection's dead letters",
            description = "The events the projection could not apply, parked with their cause; a poison event parks "
                    + "only its customer's sequence.")
    @ApiResponse(responseCode = "200", description = "The parked sequences.",
            content = @Content(schema = @Schema(implementation = AdminAnswers.DeadLetters.class)))
    @Refusals("PROJECTION_NOT_FOUND")
    @GetMapping("/{name}/dead-letters")
    Mono<Map<String, Object>> deadLetters(@PathVariable String name) {
        processor(name);
        return Blocking.call(() -> {
            var sequences = new ArrayList<List<DeadLetterView>>();
            processing.deadLetterQueue(name).ifPresent(queue -> queue.deadLetters().forEach(sequence ->
                    sequences.add(StreamSupport.stream(sequence.spliterator(), false).map(ProjectionAdminController::view)
                            .toList())));
            return Map.of("projection", name, "items", sequences);
        });
    }

    /** Retries every parked sequence once; what fails again stays parked with its new cause. */
    @Operation(operationId = "retryDeadLetters", tags = ApiTags.PROJECTIONS, summary = "Retry a projection's dead letters",
            description = "Retries every parked sequence once; what fails again stays parked, with its new cause.")
    @ApiResponse(responseCode = "200", description = "What the retry released.",
            content = @Content(schema = @Schema(implementation = AdminAnswers.Retry.class)))
    @Refusals("PROJECTION_NOT_FOUND")
    @PostMapping("/{name}/dead-letters/retry")
    Mono<Map<String, Object>> retry(@PathVariable String name) {
        processor(name);
        return Blocking.call(() -> {
            var retrier = processing.sequencedDeadLetterProcessor(name).orElseThrow(() -> notFound(name));
            long before = processing.deadLetterQueue(name).map(queue -> queue.amountOfSequences()).orElse(0L);
            int released = 0;
            for (long attempt = 0; attempt < before; attempt++) {
                if (retrier.processAny()) {
                    released++;
                }
            }
            long after = processing.deadLetterQueue(name).map(queue -> queue.amountOfSequences()).orElse(0L);
            return Map.of("projection", name, "released", released, "stillParked", after);
        });
    }

    private ProjectionStatus status(String name) {
        return statuses.of(name).orElseThrow(() -> notFound(name));
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow(() -> notFound(name));
    }

    private static DeadLetterView view(DeadLetter<? extends EventMessage<?>> letter) {
        return new DeadLetterView(letter.message().getIdentifier(), letter.message().getPayloadType().getSimpleName(),
                letter.cause().map(cause -> cause.type()).orElse(null),
                letter.cause().map(cause -> cause.message()).orElse(null), letter.enqueuedAt(), letter.lastTouched());
    }

    private static ProblemException notFound(String name) {
        return new ProblemException(Problem.of(HttpStatus.NOT_FOUND, "PROJECTION_NOT_FOUND", "No projection " + name + "."));
    }
}
