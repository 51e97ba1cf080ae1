package io.partnerportal.onboarding.command.infrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerportal.onboarding.kernel.identity.Attribution;
import io.partnerportal.onboarding.kernel.rejection.ConflictException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

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
    private final RecordedOutcomes outcomes;

    IdempotencyInterceptor(JdbcTemplate jdbc, ObjectMapper storedJson) {
        this.jdbc = jdbc;
        this.outcomes = new RecordedOutcomes(storedJson);
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
            return outcomes.firstAnswer((String) recorded.getFirst().get("outcome"), unitOfWork.getMessage().getPayload());
        }
        Object outcome = chain.proceed();
        try {
            jdbc.update("INSERT INTO idempotency_record (caller, idempotency_key, request_hash, outcome, recorded_at) "
                    + "VALUES (?, ?, ?, ?, ?)", caller, key, requestHash, outcomes.write(outcome), Timestamp.from(Instant.now()));
        } catch (DuplicateKeyException concurrentRetry) {
            throw new ConflictException("REQUEST_IN_PROGRESS",
                    "A request with this Idempotency-Key is being handled; retry it to get its answer.");
        }
        return outcome;
    }
}
