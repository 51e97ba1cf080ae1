package io.partnerportal.onboarding.command.customer.web;

import io.partnerportal.onboarding.command.customer.CommandOutcome;
import io.partnerportal.onboarding.command.infrastructure.CommandMetrics;
import io.partnerportal.onboarding.kernel.identity.Attribution;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.rejection.RulesBrokenException;
import io.partnerportal.onboarding.kernel.rejection.Violation;
import io.partnerportal.onboarding.platform.web.CorrelationIdFilter;
import io.partnerportal.onboarding.platform.web.Problem;
import io.partnerportal.onboarding.platform.web.ProblemException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sends a command on behalf of the caller of an HTTP request: attributed to that caller and request,
 * with the request's Idempotency-Key and a fingerprint of the request (so that a reused key with another
 * body is recognised), and reads {@code If-Match} into the version the command expects.
 */
@Component
class CommandDispatcher {

    private static final Pattern VERSION_TAG = Pattern.compile("(W/)?\"?(\\d{1,18})\"?");

    private static final Logger log = LoggerFactory.getLogger(CommandDispatcher.class);

    private final CommandGateway gateway;
    private final IdempotencyKeys idempotencyKeys;
    private final Duration timeout;
    private final CommandMetrics metrics;

    CommandDispatcher(CommandGateway gateway, IdempotencyKeys idempotencyKeys,
                      @Value("${onboarding.commands.timeout:10s}") Duration timeout, CommandMetrics metrics) {
        this.gateway = gateway;
        this.idempotencyKeys = idempotencyKeys;
        this.timeout = timeout;
        this.metrics = metrics;
    }

    /**
     * Sends {@code command}, made from {@code body} (null for a request without one). A body whose text has
     * control characters is refused before anything is sent (PlainText).
     */
    Mono<CommandOutcome> send(Object command, Object body, Caller caller, ServerWebExchange exchange) {
        return Mono.defer(() -> dispatch(command, body, caller, exchange))
                .doOnNext(outcome -> {
                    metrics.accepted(command);
                    log.info("{} of customer {}: now at version {}", command.getClass().getSimpleName(),
                            outcome.customerId(), outcome.version());
                })
                .doOnError(failure -> metrics.notAccepted(command, failure));
    }

    private Mono<CommandOutcome> dispatch(Object command, Object body, Caller caller, ServerWebExchange exchange) {
        List<Violation> unprintable = RequestTexts.violations(body);
        if (!unprintable.isEmpty()) {
            return Mono.error(new RulesBrokenException(unprintable));
        }
        var metaData = Attribution.of(caller, CorrelationIdFilter.of(exchange));
        idempotencyKeys.addTo(metaData, body, exchange);
        var message = GenericCommandMessage.asCommandMessage(command).andMetaData(metaData);
        // fromFuture with a supplier: nothing is sent until subscription, so a retry really re-sends.
        return Mono.fromFuture(() -> gateway.<CommandOutcome>send(message)).timeout(timeout);
    }

    /** The version a write expects from {@code If-Match: "<version>"}, or null without the header or with {@code *}. */
    static Long expectedVersion(ServerWebExchange exchange) {
        String ifMatch = exchange.getRequest().getHeaders().getFirst(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        var matcher = VERSION_TAG.matcher(ifMatch.strip());
        if (!matcher.matches() || Long.parseLong(matcher.group(2)) < 1) {
            throw invalidHeader(HttpHeaders.IF_MATCH, "IF_MATCH_FORMAT",
                    "If-Match must be the ETag of a read or write, e.g. \"3\"");
        }
        if (matcher.group(1) != null) {
            throw weakIfMatch(matcher.group(2));
        }
        return Long.parseLong(matcher.group(2));
    }

    /**
     * If-Match compares entity tags strongly (RFC 9110, 13.1.1), and a weak tag never matches strongly: the
     * precondition is false, whatever the version, so the answer is 412, as for a stale version.
     */
    private static ProblemException weakIfMatch(String version) {
        String message = "If-Match must be a strong entity tag such as \"" + version + "\"; the weak W/\"" + version
                + "\" never matches, because a conditional write compares entity tags strongly (RFC 9110, 13.1.1)";
        return new ProblemException(Problem.of(HttpStatus.PRECONDITION_FAILED, "WEAK_ENTITY_TAG",
                "A weak entity tag never matches a conditional write; nothing was changed.",
                List.of(new Violation(HttpHeaders.IF_MATCH, "WEAK_ENTITY_TAG", message))));
    }


    private static ProblemException invalidHeader(String header, String code, String message) {
        return new ProblemException(Problem.invalidHeader(header, code, message));
    }
}
