package io.partnerportal.onboarding.query.customer.web;

import io.partnerportal.onboarding.kernel.customer.view.CustomerView;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.identity.CustomerVisibility;
import io.partnerportal.onboarding.platform.web.Problem;
import io.partnerportal.onboarding.platform.web.ProblemException;
import io.partnerportal.onboarding.query.customer.CustomerViewRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;

/** The read API for one customer (HTTP contract, "Reads"). */
@RestController
@RequestMapping(path = "/api/customers", produces = MediaType.APPLICATION_JSON_VALUE)
class CustomerQueryController {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    private final CustomerViewRepository views;
    private final Duration waitTimeout;

    CustomerQueryController(CustomerViewRepository views,
                            @Value("${onboarding.read-models.wait-timeout:3s}") Duration waitTimeout) {
        this.views = views;
        this.waitTimeout = waitTimeout;
    }

    /**
     * The customer view. With {@code minVersion}, waits (bounded) until the projection has reached that
     * version, so that a client reads its own write; a customer the caller may not see is a 404 either way.
     */
    @GetMapping("/{customerId}")
    Mono<ResponseEntity<CustomerView>> get(@PathVariable String customerId,
                                           @RequestParam(required = false) Long minVersion, Caller caller) {
        Mono<CustomerView> visible = Mono.fromCallable(() -> views.find(customerId).orElse(null))
                .subscribeOn(Schedulers.boundedElastic())
                .handle((view, sink) -> {
                    if (!CustomerVisibility.canSee(caller, view.partnerId(), view.associatedResellerId())) {
                        sink.error(notFound(customerId));
                    } else {
                        sink.next(view);
                    }
                });
        Mono<CustomerView> answer = minVersion == null
                ? visible.switchIfEmpty(Mono.error(() -> notFound(customerId)))
                : visible.filter(view -> view.version() >= minVersion)
                        .repeatWhenEmpty(attempts -> attempts.delayElements(POLL_INTERVAL))
                        .timeout(waitTimeout, Mono.error(() -> notYet(customerId, minVersion)));
        return answer.map(view -> ResponseEntity.ok().eTag(Long.toString(view.version())).body(view));
    }

    private static ProblemException notFound(String customerId) {
        return new ProblemException(Problem.of(HttpStatus.NOT_FOUND, "CUSTOMER_NOT_FOUND",
                "No customer " + customerId + " that you may see."));
    }

    private static ProblemException notYet(String customerId, long minVersion) {
        return new ProblemException(Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "NOT_YET_PROJECTED",
                "Customer " + customerId + " has not reached version " + minVersion + " on the read side yet; retry shortly."));
    }
}
