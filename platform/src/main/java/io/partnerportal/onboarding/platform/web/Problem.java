package io.partnerportal.onboarding.platform.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * An RFC 9457 problem document with the contract's extensions: a stable {@code code}, every
 * {@code errors} entry of a validation failure, and any further members a problem needs (e.g.
 * {@code relationshipRequestUrl}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String code, List<Violation> errors,
                      @JsonAnyGetter Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(HttpStatus status, String code, String detail) {
        return new Problem(typeOf(code), status.getReasonPhrase(), status.value(), detail, code, List.of(), Map.of());
    }

    /** A problem with the broken rules behind it, at any status (a refused bearer token is a 401 with one). */
    public static Problem of(HttpStatus status, String code, String detail, List<Violation> errors) {
        return new Problem(typeOf(code), status.getReasonPhrase(), status.value(), detail, code, List.copyOf(errors), Map.of());
    }

    public static Problem invalid(String code, String detail, List<Violation> errors) {
        var status = HttpStatus.BAD_REQUEST;
        return new Problem(typeOf(code), status.getReasonPhrase(), status.value(), detail, code, errors, Map.of());
    }

    /** 400: one header of the request breaks {@code code}'s rule, which {@code message} says. */
    public static Problem invalidHeader(String header, String code, String message) {
        return invalid("MALFORMED_REQUEST", "A header is not valid.", List.of(new Violation(header, code, message)));
    }

    /** 429: the caller asked too much, too fast or too often at once; {@code retryAfterSeconds} says when to try again. */
    public static Problem tooManyRequests(String code, String detail, long retryAfterSeconds) {
        return of(HttpStatus.TOO_MANY_REQUESTS, code, detail).with(RETRY_AFTER, Math.max(1, retryAfterSeconds));
    }

    /** The member of a 429 that the answer's {@code Retry-After} header repeats, in seconds. */
    public static final String RETRY_AFTER = "retryAfterSeconds";

    public Problem with(String member, Object value) {
        var more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, code, errors, Map.copyOf(more));
    }

    /** A URN per code: stable, dereferences nowhere, and says which problem it is. */
    private static String typeOf(String code) {
        return "urn:partner-portal:problem:" + code.toLowerCase().replace('_', '-');
    }
}
