package io.partnerportal.onboarding.command.customer.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerportal.onboarding.kernel.identity.Attribution;
import io.partnerportal.onboarding.platform.web.Problem;
import io.partnerportal.onboarding.platform.web.ProblemException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Puts a write's {@code Idempotency-Key} on its command, with a fingerprint of the request, so that the
 * command bus's idempotency interceptor answers a retry with the first answer and refuses the key when it
 * comes back with another request.
 */
@Component
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY_FORMAT = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final ObjectMapper json;

    IdempotencyKeys(ObjectMapper json) {
        this.json = json;
    }

    /** Adds the key and the request's fingerprint to {@code metaData}; refuses a malformed key (400). */
    public void addTo(Map<String, Object> metaData, Object body, ServerWebExchange exchange) {
        String key = exchange.getRequest().getHeaders().getFirst(HEADER);
        if (key == null) {
            return;
        }
        if (!KEY_FORMAT.matcher(key).matches()) {
            throw new ProblemException(Problem.invalidHeader(HEADER, "IDEMPOTENCY_KEY_FORMAT",
                    "Idempotency-Key must be 1 to 200 visible ASCII characters"));
        }
        metaData.put(Attribution.IDEMPOTENCY_KEY, key);
        metaData.put(Attribution.REQUEST_HASH, fingerprint(exchange, body));
    }

    private String fingerprint(ServerWebExchange exchange, Object body) {
        try {
            String request = exchange.getRequest().getMethod().name() + " " + exchange.getRequest().getPath().value()
                    + "\n" + json.writeValueAsString(body);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
