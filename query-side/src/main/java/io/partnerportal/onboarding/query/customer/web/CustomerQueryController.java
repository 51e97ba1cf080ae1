package io.partnerportal.onboarding.query.customer.web;

import io.partnerportal.onboarding.kernel.customer.gdap.GdapRelationship;
import io.partnerportal.onboarding.kernel.customer.subscription.SubscriptionView;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationStatus;
import io.partnerportal.onboarding.kernel.customer.subscription.PurchaseEligibility;
import io.partnerportal.onboarding.kernel.customer.subscription.VerificationPolicy;
import io.partnerportal.onboarding.kernel.customer.view.CustomerView;
import io.partnerportal.onboarding.query.InvalidQueryException;
import io.partnerportal.onboarding.query.Page;
import io.partnerportal.onboarding.query.PageRequest;
import io.partnerportal.onboarding.query.QueryParameters;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.customer.access.AccessRules;
import io.partnerportal.onboarding.kernel.customer.access.CustomerAction;
import io.partnerportal.onboarding.kernel.rejection.CustomerNotFoundException;
import io.partnerportal.onboarding.kernel.rejection.Violation;
import io.partnerportal.onboarding.kernel.rejection.Wording;
import io.partnerportal.onboarding.platform.web.PerCallerCap;
import io.partnerportal.onboarding.platform.web.Problem;
import io.partnerportal.onboarding.platform.web.ProblemException;
import io.partnerportal.onboarding.query.customer.CustomerHistory;
import io.partnerportal.onboarding.query.customer.CustomerViewRepository;
import io.partnerportal.onboarding.query.customer.ViewChanges;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import io.partnerportal.onboarding.platform.openapi.ApiTags;
import io.partnerportal.onboarding.platform.openapi.OpenApiConfiguration;
import io.partnerportal.onboarding.platform.openapi.Performs;
import io.partnerportal.onboarding.platform.openapi.Refusals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Arrays;

import static io.partnerportal.onboarding.platform.web.Blocking.call;

/** The read API for customers (HTTP contract, "Reads"). */
@RestController
@EnableConfigurationProperties(UpdateSettings.class)
@RequestMapping(path = "/api/customers", produces = MediaType.APPLICATION_JSON_VALUE)
class CustomerQueryController {

    private final CustomerViewRepository views;
    private final CustomerHistory history;
    private final VerificationPolicy policy;
    private final ViewChanges changes;
    private final UpdateSettings settings;
    private final PerCallerCap waits;
    private final PerCallerCap streams;

    CustomerQueryController(CustomerViewRepository views, CustomerHistory history, VerificationPolicy policy,
                            ViewChanges changes, UpdateSettings settings) {
        this.views = views;
        this.history = history;
        this.policy = policy;
        this.changes = changes;
        this.settings = settings;
        this.waits = new PerCallerCap("reads waiting for a version", settings.maxWaitsPerCaller());
        this.streams = new PerCallerCap("update streams", settings.maxStreamsPerCaller());
    }

    /**
     * The customer view; {@code asOf} gives it as it stood then (folded from the event store). With
     * {@code minVersion}, waits (bounded) until the projection has reached that version, so that a client
     * reads its own write; a customer the caller may not see is a 404 either way.
     */
    @Operation(operationId = "getCustomer", tags = ApiTags.CUSTOMERS, summary = "Read a customer", description = """
            The customer as the read side has it: profile, verification, MCA, GDAP relationships, cost management, \
            subscriptions and `version` (also the `ETag`). With `asOf`, the customer as it stood at that instant, \
            folded from its events (without an `ETag`).""")
    @ApiResponse(responseCode = "200", description = "The customer.",
            headers = @Header(name = HttpHeaders.ETAG, ref = OpenApiConfiguration.ETAG))
    @ApiResponse(responseCode = "304", description = "Not modified: the customer is still at the `If-None-Match` version.",
            headers = @Header(name = HttpHeaders.ETAG, ref = OpenApiConfiguration.ETAG))
    @Parameter(name = "minVersion", description = "Wait (a few seconds at most) until the read side has reached this "
            + "version, such as a write's answer named, so that the caller reads its own write; 503 when it does not.",
            schema = @Schema(type = "integer", format = "int64", minimum = "0"))
    @Parameter(name = "asOf", description = "An ISO-8601 UTC instant with a four-digit year: the customer as it stood "
            + "then (404 if it did not exist yet).", schema = @Schema(type = "string", format = "date-time"), example = "2026-11-20T09:30:00Z")
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER, description = "The `ETag` of a copy the "
            + "caller holds: 304 without a body while the customer is still at that version.",
            schema = @Schema(type = "string"), example = "\"3\"")
    @Performs(CustomerAction.READ_CUSTOMER)
    @Refusals({"VALIDATION_FAILED", "TOO_MANY_OPEN", "NOT_YET_PROJECTED"})
    @GetMapping("/{customerId}")
    Mono<ResponseEntity<CustomerView>> get(@PathVariable String customerId,
                                           @RequestParam(required = false) Long minVersion,
                                           @RequestParam(required = false) String asOf, Caller caller) {
        if (asOf != null) {
            Instant at = QueryParameters.instant("asOf", asOf);
            return call(() -> history.asOf(customerId, at, caller).orElseThrow(
                    () -> new CustomerNotFoundException(customerId)))
                    .map(view -> ResponseEntity.ok().body(view));
        }
        return visibleView(customerId, minVersion, caller)
                .map(view -> ResponseEntity.ok().eTag(Long.toString(view.version())).body(view));
    }

    /** What may be bought or managed for the customer now, by the policy the command side enforces. */
    @Operation(operationId = "getPurchaseEligibility", tags = ApiTags.SUBSCRIPTIONS,
            summary = "What may be bought or changed for the customer now", description = """
            Decided by the same verification policy the writes are: `canPurchase` with every `blockedReasons` entry \
            of a purchase, and whether quantities, reductions, cancellations and renewals would go through.""")
    @ApiResponse(responseCode = "200", description = "The customer's eligibility, at the view's version.",
            headers = @Header(name = HttpHeaders.ETAG, ref = OpenApiConfiguration.ETAG))
    @ApiResponse(responseCode = "304", description = "Not modified: the customer is still at the `If-None-Match` version.",
            headers = @Header(name = HttpHeaders.ETAG, ref = OpenApiConfiguration.ETAG))
    @Parameter(name = "minVersion", description = "Wait (a few seconds at most) until the read side has reached this "
            + "version, such as a write's answer named, so that the caller reads its own write; 503 when it does not.",
            schema = @Schema(type = "integer", format = "int64", minimum = "0"))
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER, description = "The `ETag` of a copy the "
            + "caller holds: 304 without a body while the customer is still at that version.",
            schema = @Schema(type = "string"), example = "\"3\"")
    @Performs(CustomerAction.READ_CUSTOMER)
    @Refusals({"TOO_MANY_OPEN", "NOT_YET_PROJECTED"})
    @GetMapping("/{customerId}/purchase-eligibility")
    Mono<ResponseEntity<PurchaseEligibility>> eligibility(@PathVariable String customerId,
                                                          @RequestParam(required = false) Long minVersion,
                                                          Caller caller) {
        return visibleView(customerId, minVersion, caller)
                .map(view -> ResponseEntity.ok().eTag(Long.toString(view.version()))
                        .body(PurchaseEligibility.of(view.customerId(), policy, view.verification().status(),
                                view.mca().confirmed())));
    }

    /**
     * The view now and again after each change, as server-sent events whose id is the version, woken by the
     * projection (and a look every so often, for changes another query-side instance projected); a comment
     * line as a heartbeat, so that proxies keep the stream open. Each caller may hold a few streams at once;
     * a stream ends after a while (the client reconnects), a client too slow to take a change gets only the
     * newest, and one that takes nothing for two heartbeats is closed.
     */
    @Operation(operationId = "streamCustomerUpdates", tags = ApiTags.CUSTOMERS, summary = "Follow a customer's changes",
            description = """
            Server-sent events: the view now, and again after each change. A caller may hold a few streams at once \
            (`UPDATES_MAX_STREAMS_PER_CALLER`); a client too slow for a change gets only the newest.""")
    @ApiResponse(responseCode = "200", description = "The stream.", content = @Content(
            mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(implementation = CustomerAnswers.Update.class)))
    @Performs(CustomerAction.READ_CUSTOMER)
    @Refusals("TOO_MANY_OPEN")
    @GetMapping(path = "/{customerId}/updates", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<CustomerView>> updates(@PathVariable String customerId, Caller caller) {
        Flux<ServerSentEvent<CustomerView>> views = visibleView(customerId, null, caller).flatMapMany(first ->
                changes.of(customerId, settings.poll())
                        .concatMap(signal -> call(() -> this.views.find(customerId).orElse(first)), 1)
                        .distinctUntilChanged(CustomerView::version)
                        .map(view -> ServerSentEvent.builder(view).id(Long.toString(view.version())).event("customer").build()));
        Flux<ServerSentEvent<CustomerView>> heartbeats = Flux.interval(settings.heartbeat(), settings.heartbeat())
                .onBackpressureDrop()
                .map(tick -> ServerSentEvent.<CustomerView>builder().comment("heartbeat").build());
        return streams.guard(caller.userId(), Flux.merge(views, heartbeats)
                .onBackpressureLatest()
                // A client that has taken nothing for two heartbeats has stopped reading (its connection
                // stopped asking for more): end its stream rather than hold it open.
                .timeout(settings.heartbeat().multipliedBy(2), Flux.empty())
                .take(settings.maxDuration()));
    }

    /**
     * One GDAP relationship of the customer: where the {@code Location} of a grant points. With
     * {@code minVersion} (the grant's answer's version), waits for it as the customer read does.
     */
    @Operation(operationId = "getGdapRelationship", tags = ApiTags.GDAP, summary = "Read a GDAP relationship",
            description = "One GDAP relationship of the customer, as its view holds it: where a grant's `Location` points.")
    @ApiResponse(responseCode = "200", description = "The relationship.")
    @Parameter(name = "minVersion", description = "Wait (a few seconds at most) until the read side has reached this "
            + "version, such as the grant's answer named; 503 when it does not.",
            schema = @Schema(type = "integer", format = "int64", minimum = "0"))
    @Performs(CustomerAction.READ_CUSTOMER)
    @Refusals({"GDAP_RELATIONSHIP_NOT_FOUND", "TOO_MANY_OPEN", "NOT_YET_PROJECTED"})
    @GetMapping("/{customerId}/gdap-relationships/{relationshipId}")
    Mono<GdapRelationship> gdapRelationship(@PathVariable String customerId, @PathVariable String relationshipId,
                                            @RequestParam(required = false) Long minVersion, Caller caller) {
        return partOfView(customerId, minVersion, caller, view -> view.gdapRelationships().stream()
                .filter(relationship -> relationship.relationshipId().equals(relationshipId)),
                "GDAP_RELATIONSHIP_NOT_FOUND", "GDAP relationship " + relationshipId);
    }

    /** One subscription of the customer: where the {@code Location} of a purchase points. */
    @Operation(operationId = "getSubscription", tags = ApiTags.SUBSCRIPTIONS, summary = "Read a subscription",
            description = "One subscription of the customer, as its view holds it: where a purchase's `Location` points.")
    @ApiResponse(responseCode = "200", description = "The subscription.")
    @Parameter(name = "minVersion", description = "Wait (a few seconds at most) until the read side has reached this "
            + "version, such as the purchase's answer named; 503 when it does not.",
            schema = @Schema(type = "integer", format = "int64", minimum = "0"))
    @Performs(CustomerAction.READ_CUSTOMER)
    @Refusals({"SUBSCRIPTION_NOT_FOUND", "TOO_MANY_OPEN", "NOT_YET_PROJECTED"})
    @GetMapping("/{customerId}/subscriptions/{subscriptionId}")
    Mono<SubscriptionView> subscription(@PathVariable String customerId, @PathVariable String subscriptionId,
                                        @RequestParam(required = false) Long minVersion, Caller caller) {
        return partOfView(customerId, minVersion, caller, view -> view.subscriptions().stream()
                .filter(subscription -> subscription.subscriptionId().equals(subscriptionId)),
                "SUBSCRIPTION_NOT_FOUND", "subscription " + subscriptionId);
    }

    /** The one part of the customer's view that {@code part} finds, read like the view itself; else 404 {@code code}. */
    private <T> Mono<T> partOfView(String customerId, Long minVersion, Caller caller,
                                   java.util.function.Function<CustomerView, java.util.stream.Stream<T>> part,
                                   String code, String what) {
        return visibleView(customerId, minVersion, caller).map(view -> part.apply(view).findFirst()
                .orElseThrow(() -> new ProblemException(Problem.of(HttpStatus.NOT_FOUND, code,
                        "Customer " + customerId + " has no " + what + "."))));
    }

    /** Every event of the customer in order, with who did it and in which request. */
    @Operation(operationId = "getCustomerHistory", tags = ApiTags.CUSTOMERS, summary = "Read a customer's history",
            description = "Every event of the customer, in order, with who caused it, in which roles and request.")
    @ApiResponse(responseCode = "200", description = "The history.",
            content = @Content(schema = @Schema(implementation = CustomerAnswers.History.class)))
    @Performs(CustomerAction.READ_CUSTOMER)
    @GetMapping("/{customerId}/history")
    Mono<Map<String, Object>> history(@PathVariable String customerId, Caller caller) {
        return call(() -> Map.of("customerId", customerId, "items", history.of(customerId, caller)));
    }

    /** A page of the customers the caller may see: the partner's own and those associated with a reseller. */
    @Operation(operationId = "listCustomers", tags = ApiTags.CUSTOMERS, summary = "List customers", description = """
            A page of the customers the caller may see: its partner's own and those associated with it as their \
            reseller (verification officers and auditors: every customer), by company name then id.""")
    @ApiResponse(responseCode = "200", description = "The page.",
            content = @Content(schema = @Schema(implementation = CustomerAnswers.CustomerPage.class)))
    @Parameter(name = "status", description = "Only customers whose verification is in this state.",
            schema = @Schema(implementation = VerificationStatus.class))
    @Parameter(name = "country", description = "Only customers whose address is in this country (ISO 3166-1 alpha-2).",
            schema = @Schema(type = "string", pattern = "^[A-Z]{2}$"), example = "BR")
    @Parameter(name = "q", description = "Only customers whose company name or domain prefix holds this text, in any case.",
            schema = @Schema(type = "string", maxLength = 100))
    @Parameter(name = "page", description = "The page, from 0.", schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "21474836", defaultValue = "0"))
    @Parameter(name = "size", description = "Customers a page; more than 100 is taken as 100.",
            schema = @Schema(type = "integer", format = "int32", minimum = "1", defaultValue = "20"))
    @Performs(CustomerAction.LIST_CUSTOMERS)
    @Refusals("VALIDATION_FAILED")
    @GetMapping
    Mono<Page<CustomerListItem>> list(@RequestParam(required = false) String status,
                                      @RequestParam(required = false) String country,
                                      @RequestParam(required = false) String q,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size, Caller caller) {
        // Filters name codes (a status, a country), and a code is the same code in any case: us is US.
        var criteria = listCriteria(upperCase(status), upperCase(country), q, page, size, caller);
        return call(() -> views.list(criteria)).map(found -> new Page<>(
                found.items().stream().map(CustomerListItem::of).toList(), criteria.page(), criteria.size(), found.total()));
    }

    private static String upperCase(String code) {
        return code == null ? null : code.toUpperCase(java.util.Locale.ROOT);
    }

    private CustomerViewRepository.ListCriteria listCriteria(String status, String country, String q, int page,
                                                            int size, Caller caller) {
        var violations = new ArrayList<Violation>();
        if (status != null && Arrays.stream(VerificationStatus.values()).noneMatch(s -> s.name().equals(status))) {
            violations.add(new Violation("status", "UNKNOWN_VALUE", "status must be "
                    + Wording.oneOf(VerificationStatus.class) + "."));
        }
        if (country != null && !country.matches("[A-Z]{2}")) {
            violations.add(new Violation("country", "COUNTRY_FORMAT", "country must be a two-letter ISO 3166-1 country code, such as US."));
        }
        if (q != null && q.length() > 100) {
            violations.add(new Violation("q", "QUERY_LENGTH", "q must be at most 100 characters."));
        }
        violations.addAll(PageRequest.violations(page, size));
        if (!violations.isEmpty()) {
            throw new InvalidQueryException(violations);
        }
        var request = PageRequest.of(page, size);
        AccessRules.require(caller, CustomerAction.LIST_CUSTOMERS);
        boolean readsAll = AccessRules.onEveryCustomer(caller, CustomerAction.LIST_CUSTOMERS);
        return new CustomerViewRepository.ListCriteria(readsAll ? null : caller.partnerId(), status, country,
                q == null || q.isBlank() ? null : q.strip(), request.page(), request.size());
    }

    /**
     * The view, if the caller may see it. With {@code minVersion}, waits (bounded, and a few at once per
     * caller) until the projection has reached that version, woken by the projection; a customer not
     * projected yet is looked up in the event store first, so that an unknown customer and one the caller
     * may not see are both a 404 at once, never a wait.
     */
    private Mono<CustomerView> visibleView(String customerId, Long minVersion, Caller caller) {
        Mono<Optional<CustomerView>> found = call(() -> views.find(customerId))
                .doOnNext(view -> view.ifPresent(readable -> AccessRules.require(caller, CustomerAction.READ_CUSTOMER,
                        customerId, readable.partnerId(), readable.associatedResellerId())));
        if (minVersion == null) {
            return found.map(view -> view.orElseThrow(() -> new CustomerNotFoundException(customerId)));
        }
        return found.flatMap(view -> {
            if (view.isPresent() && view.get().version() >= minVersion) {
                return Mono.just(view.get());
            }
            Mono<Boolean> visible = view.isPresent() ? Mono.just(true)
                    : call(() -> {
                        history.requireVisible(customerId, caller);
                        return true;
                    });
            return visible.then(waits.guard(caller.userId(), awaitVersion(customerId, minVersion)));
        });
    }

    private Mono<CustomerView> awaitVersion(String customerId, long minVersion) {
        return changes.of(customerId, settings.poll())
                .concatMap(signal -> call(() -> views.find(customerId)), 1)
                .flatMap(Mono::justOrEmpty)
                .filter(view -> view.version() >= minVersion)
                .next()
                .timeout(settings.waitTimeout(), Mono.error(() -> notYet(customerId, minVersion)));
    }

    private static ProblemException notYet(String customerId, long minVersion) {
        return new ProblemException(Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "NOT_YET_PROJECTED",
                "Customer " + customerId + " has not reached version " + minVersion + " on the read side yet; retry shortly."));
    }
}
