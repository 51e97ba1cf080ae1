package io.partnerportal.onboarding.command.infrastructure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.partnerportal.onboarding.kernel.customer.event.CustomerAdded;
import io.partnerportal.onboarding.kernel.customer.event.VerificationApproved;
import io.partnerportal.onboarding.kernel.customer.event.VerificationRejected;
import io.partnerportal.onboarding.kernel.rejection.ConflictException;
import io.partnerportal.onboarding.platform.web.ProblemExceptionHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * What the command side does, as meters an operator can chart: every command by its type and outcome
 * ({@code onboarding.commands}), and the domain's own counts: customers added, verifications decided,
 * purchases blocked by reason. The domain counts come from events once their transaction has committed,
 * so an idempotent retry, which records nothing, counts nothing twice.
 */
@Component
public class CommandMetrics {

    static final String PURCHASE_BLOCKED = "PURCHASE_BLOCKED";

    private final MeterRegistry registry;

    CommandMetrics(MeterRegistry registry, EventStore events) {
        this.registry = registry;
        events.registerDispatchInterceptor(messages -> (index, event) -> {
            CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.afterCommit(committed -> recorded(event)));
            return event;
        });
    }

    /** {@code command} was carried out (or its recorded answer given again). */
    public void accepted(Object command) {
        commands(command, "accepted").increment();
    }

    /** {@code command} was refused (a 4xx answer) or failed on our side (5xx). */
    public void notAccepted(Object command, Throwable failure) {
        int status = ProblemExceptionHandler.problemFor(failure).status();
        commands(command, status < 500 ? "refused" : "failed").increment();
        if (unwrap(failure) instanceof ConflictException conflict && PURCHASE_BLOCKED.equals(conflict.code())) {
            conflict.blockedReasons().forEach(reason -> Counter.builder("onboarding.purchases.blocked")
                    .baseUnit("purchases").description("Purchases refused because the customer may not buy yet, by reason")
                    .tag("reason", reason).register(registry).increment());
        }
    }

    private void recorded(EventMessage<?> event) {
        switch (event.getPayload()) {
            case CustomerAdded added -> Counter.builder("onboarding.customers.added").baseUnit("customers")
                    .description("Customers added by partners").register(registry).increment();
            case VerificationApproved approved -> verifications("approved").increment();
            case VerificationRejected rejected -> verifications("rejected").increment();
            default -> {
            }
        }
    }

    private Counter verifications(String decision) {
        return Counter.builder("onboarding.verifications.decided").baseUnit("verifications")
                .description("Customer verifications decided by the platform, by decision")
                .tag("decision", decision).register(registry);
    }

    private Counter commands(Object command, String outcome) {
        return Counter.builder("onboarding.commands").baseUnit("commands")
                .description("Commands received over HTTP, by type and outcome (accepted, refused with a 4xx, failed with a 5xx)")
                .tags("command", command.getClass().getSimpleName(), "outcome", outcome).register(registry);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current.getCause() != null && !(current instanceof ConflictException)) {
            current = current.getCause();
        }
        return current;
    }
}
