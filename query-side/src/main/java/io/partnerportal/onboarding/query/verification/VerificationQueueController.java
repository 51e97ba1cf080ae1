package io.partnerportal.onboarding.query.verification;

import io.partnerportal.onboarding.kernel.customer.verification.VerificationDeadline;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationReason;
import io.partnerportal.onboarding.kernel.customer.view.CustomerView;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.customer.access.AccessRules;
import io.partnerportal.onboarding.kernel.customer.access.CustomerAction;
import io.partnerportal.onboarding.platform.web.Blocking;
import io.partnerportal.onboarding.query.Page;
import io.partnerportal.onboarding.query.PageRequest;
import io.partnerportal.onboarding.query.customer.CustomerViewRepository;
import io.partnerportal.onboarding.platform.openapi.ApiTags;
import io.partnerportal.onboarding.platform.openapi.Performs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The verification desk's queue: customers awaiting verification, oldest first, each with when it was
 * submitted, when it is due and whether it is overdue, judged against the clock at the moment of reading.
 */
@RestController
@RequestMapping(path = "/api/verification-queue", produces = MediaType.APPLICATION_JSON_VALUE)
class VerificationQueueController {

    /** One customer awaiting verification. */
    @Schema(name = "VerificationQueueEntry")
    record QueueEntry(String customerId, String companyName, String partnerId, String country,
                      VerificationReason reason, Instant submittedAt, Instant dueBy, boolean overdue, long version) {
    }

    private final CustomerViewRepository views;
    private final Clock clock;

    VerificationQueueController(CustomerViewRepository views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    @Operation(operationId = "getVerificationQueue", tags = ApiTags.VERIFICATION, summary = "Read the verification queue",
            description = """
            A page of the customers awaiting verification, oldest submission first, each due three business days (Monday to \
            Friday, UTC) after it was submitted; overdue is judged at the moment of reading.""")
    @ApiResponse(responseCode = "200", description = "A page of the queue.",
            content = @Content(schema = @Schema(implementation = VerificationQueue.class)))
    @Parameter(name = "overdue", description = "Only the overdue customers (true) or only those still in time (false).")
    @Parameter(name = "page", description = "The page, from 0.", schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "21474836", defaultValue = "0"))
    @Parameter(name = "size", description = "Customers a page, from 1; more than 100 is served as 100.", schema = @Schema(type = "integer", format = "int32", minimum = "1", defaultValue = "20"))
    @Performs(CustomerAction.READ_VERIFICATION_QUEUE)
    @GetMapping
    Mono<Page<QueueEntry>> queue(@RequestParam(required = false) Boolean overdue,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size, Caller caller) {
        return Mono.fromCallable(() -> {
                    AccessRules.require(caller, CustomerAction.READ_VERIFICATION_QUEUE);
                    return PageRequest.of(page, size);
                })
                .flatMap(request -> Blocking.call(views::pendingVerification)
                        .map(pending -> request.slice(entries(pending, overdue, clock.instant()))));
    }

    static List<QueueEntry> entries(List<CustomerView> pending, Boolean overdue, Instant now) {
        return pending.stream()
                .filter(view -> view.verification().submittedAt() != null)
                .map(view -> entry(view, now))
                .filter(entry -> overdue == null || entry.overdue() == overdue)
                .sorted(Comparator.comparing(QueueEntry::submittedAt).thenComparing(QueueEntry::customerId))
                .toList();
    }

    private static QueueEntry entry(CustomerView view, Instant now) {
        return new QueueEntry(view.customerId(), view.billing().companyName(), view.partnerId(),
                view.billing().address() == null ? null : view.billing().address().country(), view.verification().reason(),
                view.verification().submittedAt(), view.verification().dueBy(),
                VerificationDeadline.isOverdue(view.verification().submittedAt(), now), view.version());
    }
}
