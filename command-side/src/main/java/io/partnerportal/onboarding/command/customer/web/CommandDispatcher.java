package io.partnerportal.onboarding.command.customer.web;

import io.partnerportal.onboarding.command.customer.CommandOutcome;
import io.partnerportal.onboarding.kernel.identity.Attribution;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.platform.web.CorrelationIdFilter;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Duration;

/** Sends a command on behalf of the caller of an HTTP request, attributed to that caller and request. */
@Component
class CommandDispatcher {

    private final CommandGateway gateway;
    private final Duration timeout;

    CommandDispatcher(CommandGateway gateway, @Value("${onboarding.commands.timeout:10s}") Duration timeout) {
        this.gateway = gateway;
        this.timeout = timeout;
    }

    Mono<CommandOutcome> send(Object command, Caller caller, ServerWebExchange exchange) {
        var message = GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Attribution.of(caller, CorrelationIdFilter.of(exchange)));
        // fromFuture with a supplier: nothing is sent until subscription, so a retry really re-sends.
        return Mono.fromFuture(() -> gateway.<CommandOutcome>send(message)).timeout(timeout);
    }
}
