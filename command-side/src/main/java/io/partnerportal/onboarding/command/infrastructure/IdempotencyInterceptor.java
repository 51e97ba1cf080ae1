package io.partnerportal.onboarding.command.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerportal.onboarding.command.customer.CommandOutcome;
import io.partnerportal.onboarding.kernel.identity.Attribution;
import io.partnerportal.onboarding.kernel.rules.ConflictException;
import io.partnerportal.onboarding.platform.web.IdempotencyKeyReusedException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Makes a command with an {@code Idempotency-Key} happen at most once per caller: the first outcome is
 * recorded in the same transaction as the events it caused, and a retry of the same request gets that
 * outcome back without running the command again. The same key with another request is refused.
 */
@Component
class IdempotencyInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    IdempotencyInterceptor(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        var metaData = unitOfWork.getMessage().getMetaData();
        String key = (String) metaData.get(Attribution.IDEMPOTENCY_KEY);
        if (key == null) {
            return chain.proceed();
        }
        String caller = String.valueOf(metaData.get(Attribution.ACTOR));
        String requestHash = String.valueOf(metaData.get(Attribution.REQUEST_HASH));
        List<Map<String, Object>> recorded = jdbc.queryForList(
                "SELECT request_hash, outcome FROM idempotency_record WHERE caller = ? AND idempotency_key = ?", caller, key);
        if (!recorded.isEmpty()) {
            if (!requestHash.equals(recorded.getFirst().get("request_hash"))) {
                throw new IdempotencyKeyReusedException();
            }
            return json.readValue((String) recorded.getFirst().get("outcome"), CommandOutcome.class);
        }
        Object outcome = chain.proceed();
        try {
            jdbc.update("INSERT INTO idempotency_record (caller, idempotency_key, request_hash, outcome, recorded_at) "
                    + "VALUES (?, ?, ?, ?, ?)", caller, key, requestHash, toJson(outcome), Timestamp.from(Instant.now()));
        } catch (DuplicateKeyException concurrentRetry) {
            throw new ConflictException("REQUEST_IN_PROGRESS",
                    "A request with this Idempotency-Key is being handled; retry it to get its answer.");
        }
        return outcome;
    }

    private String toJson(Object outcome) {
        try {
            return json.writeValueAsString(outcome);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
