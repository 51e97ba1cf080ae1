package io.partnerportal.onboarding.query.feed;

import io.partnerportal.onboarding.kernel.customer.access.AccessRules;
import io.partnerportal.onboarding.kernel.customer.access.CustomerAction;
import io.partnerportal.onboarding.kernel.customer.event.EventTypes;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.rejection.Violation;
import io.partnerportal.onboarding.platform.web.Blocking;
import io.partnerportal.onboarding.query.InvalidQueryException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import io.partnerportal.onboarding.platform.web.PerCallerCap;
import io.partnerportal.onboarding.platform.web.Problem;
import io.partnerportal.onboarding.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import io.partnerportal.onboarding.platform.openapi.AnySignedInCaller;
import io.partnerportal.onboarding.platform.openapi.ApiTags;
import io.partnerportal.onboarding.platform.openapi.Performs;
import io.partnerportal.onboarding.platform.openapi.Refusals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The event feed for downstream services: pages of entries after a position, and a live stream of the
 * same entries that resumes exactly after the last one a client saw. Positions are global; a partner's
 * staff see only their customers' entries (so they see gaps), auditors and operators see all.
 */
@RestController
@RequestMapping("/api/events")
@EnableConfigurationProperties(FeedProperties.class)
class FeedController {

    private static final int STREAM_PAGE = 100;

    static final String SCHEMA_MEDIA_TYPE = "application/schema+json";

    private final FeedEntries feed;
    private final FeedHead head;
    private final FeedProperties properties;
    private final EventSchemas schemas;
    private final PerCallerCap streams;

    FeedController(FeedEntries feed, FeedHead head, FeedProperties properties, EventSchemas schemas) {
        this.feed = feed;
        this.head = head;
        this.properties = properties;
        this.schemas = schemas;
        this.streams = new PerCallerCap("feed streams", properties.maxStreamsPerCaller());
    }

    /** One event type: its published name and where its schema is. */
    @Schema(name = "EventSchemaLink")
    record SchemaLink(String type, String href) {
    }

    /** Every event type with the address of its JSON Schema; readable by any caller, as the contract is. */
    @Operation(operationId = "listEventSchemas", tags = ApiTags.EVENT_FEED, summary = "List the event types",
            description = "Every event type the feed carries, with where its JSON Schema is.")
    @ApiResponse(responseCode = "200", description = "The event types.",
            content = @Content(schema = @Schema(implementation = FeedAnswers.EventSchemaList.class)))
    @AnySignedInCaller
    @GetMapping(path = "/schemas", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, List<SchemaLink>> schemas() {
        var links = new ArrayList<SchemaLink>();
        schemas.types().forEach(type -> links.add(new SchemaLink(type, "/api/events/schemas/" + type)));
        return Map.of("items", links);
    }

    @Operation(operationId = "getEventSchema", tags = ApiTags.EVENT_FEED, summary = "Read an event type's schema",
            description = """
            The JSON Schema (2020-12) of the type's `data`, generated from the event itself: every member is \
            present (null when it has no value), and no other member is.""")
    @ApiResponse(responseCode = "200", description = "The schema.", content = {
            @Content(mediaType = SCHEMA_MEDIA_TYPE, schema = @Schema(type = "object", description = "A JSON Schema.")),
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object",
                    description = "A JSON Schema."))})
    @AnySignedInCaller
    @Refusals("EVENT_TYPE_NOT_FOUND")
    @GetMapping(path = "/schemas/{type}", produces = {SCHEMA_MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    Mono<String> schema(@PathVariable String type) {
        return Mono.justOrEmpty(schemas.of(type)).map(Object::toString)
                .switchIfEmpty(Mono.error(() -> new ProblemException(Problem.of(HttpStatus.NOT_FOUND, "EVENT_TYPE_NOT_FOUND",
                        "No event type " + type + "; GET /api/events/schemas lists them."))));
    }

    @Operation(operationId = "listEvents", tags = ApiTags.EVENT_FEED, summary = "Read a page of the feed",
            description = """
            The entries after position `after`, at most `limit`; ask again with `after` set to the answer's \
            `next`. A partner's staff see their own customers' entries and those of customers associated with \
            their partner as reseller; auditors and operators see all.""")
    @Parameter(name = "after", description = "The position to read after; 0 for the start.",
            schema = @Schema(type = "integer", format = "int64", minimum = "0", defaultValue = "0"))
    @Parameter(name = "limit", description = "Entries at most.", schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "1000", defaultValue = "100"))
    @Parameter(name = "type", description = "Only entries of this event type.")
    @Parameter(name = "subject", description = "Only the entries of this customer.")
    @Performs(CustomerAction.READ_EVENT_FEED)
    @Refusals("VALIDATION_FAILED")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<FeedPage> page(@RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int limit,
                    @RequestParam(required = false) String type, @RequestParam(required = false) String subject,
                    Caller caller) {
        return Mono.fromCallable(() -> criteria(after, limit, type, subject, caller))
                .flatMap(criteria -> Blocking.call(() -> feed.page(criteria)))
                .map(stored -> FeedPage.of(stored, after));
    }

    /**
     * The feed from after {@code Last-Event-ID} (or {@code after}), then live. Each message's {@code id} is
     * its position. Entries are read a page at a time as the client takes them, so a slow client holds at
     * most one page; one more than {@code onboarding.feed.max-lag} positions behind the head gets a
     * {@code resume} event naming the position to page on from, and the stream ends. A caller may hold
     * {@code onboarding.feed.max-streams-per-caller} streams at once (429 beyond).
     */
    @Operation(operationId = "streamEvents", tags = ApiTags.EVENT_FEED, summary = "Follow the feed", description = """
            The feed after `Last-Event-ID` (or `after`), then live, as server-sent events; a client that reconnects \
            with the last `id:` it saw resumes exactly after it. A caller may hold a few streams at once \
            (`FEED_MAX_STREAMS_PER_CALLER`).""")
    @ApiResponse(responseCode = "200", description = "The stream.", content = @Content(
            mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(implementation = FeedAnswers.FeedStreamMessage.class)))
    @Parameter(name = "Last-Event-ID", description = "The position of the last entry the client saw; wins over `after`.",
            schema = @Schema(type = "string", pattern = "^[0-9]+$"))
    @Parameter(name = "after", description = "The position to stream after, when there is no `Last-Event-ID`.",
            schema = @Schema(type = "integer", format = "int64", minimum = "0"))
    @Parameter(name = "type", description = "Only entries of this event type.")
    @Parameter(name = "subject", description = "Only the entries of this customer.")
    @Performs(CustomerAction.READ_EVENT_FEED)
    @Refusals({"VALIDATION_FAILED", "TOO_MANY_OPEN"})
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<String>> stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                                         @RequestParam(required = false) Long after,
                                         @RequestParam(required = false) String type,
                                         @RequestParam(required = false) String subject, Caller caller) {
        return Mono.fromCallable(() -> criteria(resumeAfter(lastEventId, after), STREAM_PAGE, type, subject, caller))
                .flatMapMany(criteria -> {
                    var cursor = new AtomicLong(criteria.after());
                    Sinks.Empty<Void> ended = Sinks.empty();
                    var entries = Flux.concat(Mono.just(0L), head.changes(properties.poll()).onBackpressureLatest())
                            .concatMap(wake -> drain(criteria, cursor), 1)
                            .takeUntil(message -> "resume".equals(message.event()))
                            .doFinally(signal -> ended.tryEmitEmpty());
                    var heartbeats = Flux.interval(properties.heartbeat())
                            .map(tick -> ServerSentEvent.<String>builder().comment("heartbeat").build())
                            .onBackpressureDrop()
                            .takeUntilOther(ended.asMono());
                    return streams.guard(caller.userId(), Flux.merge(entries, heartbeats));
                });
    }

    /** Every entry after the cursor, a page at a time, as long as the client takes them. */
    private Flux<ServerSentEvent<String>> drain(FeedEntries.Criteria criteria, AtomicLong cursor) {
        var more = new AtomicBoolean(true);
        return Flux.defer(() -> Blocking.call(() -> {
                    long current = cursor.get();
                    if (head.current() - current > properties.maxLag()) {
                        more.set(false);
                        return List.of(resume(current));
                    }
                    List<FeedEntries.Stored> page = feed.page(criteria.after(current));
                    more.set(page.size() == criteria.limit());
                    var messages = new ArrayList<ServerSentEvent<String>>();
                    for (var entry : page) {
                        messages.add(ServerSentEvent.builder(entry.json()).id(Long.toString(entry.position()))
                                .event("entry").build());
                    }
                    return messages;
                }))
                .flatMapIterable(messages -> messages)
                .doOnNext(message -> {
                    if (message.id() != null) {
                        cursor.set(Long.parseLong(message.id()));
                    }
                })
                .repeat(more::get);
    }

    private static ServerSentEvent<String> resume(long after) {
        return ServerSentEvent.builder("{\"after\":" + after + ",\"reason\":\"This stream fell more than the allowed "
                + "number of positions behind the feed; read on with GET /api/events?after=" + after + "\"}")
                .event("resume").build();
    }

    private static long resumeAfter(String lastEventId, Long after) {
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                return Long.parseLong(lastEventId.strip());
            } catch (NumberFormatException e) {
                throw new InvalidQueryException(List.of(new Violation("Last-Event-ID", "POSITION_FORMAT",
                        "Last-Event-ID must be the position of an entry, a whole number")));
            }
        }
        return after == null ? 0 : after;
    }

    private static FeedEntries.Criteria criteria(long after, int limit, String type, String subject, Caller caller) {
        AccessRules.require(caller, CustomerAction.READ_EVENT_FEED);
        var violations = new ArrayList<Violation>();
        if (after < 0) {
            violations.add(new Violation("after", "POSITION_RANGE", "after must be 0 or a position of the feed"));
        }
        if (limit < 1 || limit > FeedPage.MAX_LIMIT) {
            violations.add(new Violation("limit", "LIMIT_RANGE", "limit must be from 1 to " + FeedPage.MAX_LIMIT));
        }
        if (type != null && !EventTypes.all().contains(type)) {
            violations.add(new Violation("type", "UNKNOWN_VALUE", "type must be one of " + String.join(", ", EventTypes.all())));
        }
        if (!violations.isEmpty()) {
            throw new InvalidQueryException(violations);
        }
        String partner = AccessRules.onEveryCustomer(caller, CustomerAction.READ_EVENT_FEED) ? null : caller.partnerId();
        return new FeedEntries.Criteria(after, limit, type, subject, partner);
    }
}
