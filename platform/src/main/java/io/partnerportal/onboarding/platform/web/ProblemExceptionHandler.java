package io.partnerportal.onboarding.platform.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import io.partnerportal.onboarding.kernel.rejection.Rejection;
import io.partnerportal.onboarding.kernel.rejection.Violation;
import io.partnerportal.onboarding.kernel.rejection.Wording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * The one place where a failure becomes an HTTP answer: every error, from a controller or from the
 * framework (unknown path, malformed body), leaves as {@code application/problem+json}. Runs before
 * Spring Boot's own error handler.
 */
@Component
@Order(-2)
public class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemWriter writer;

    public ProblemExceptionHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        return writer.write(exchange, problemFor(failure));
    }

    /** The problem a failure is answered with; also what the API's documentation shows as examples, and what the command meters count. */
    public static Problem problemFor(Throwable failure) {
        Throwable cause = unwrap(failure);
        return switch (cause) {
            case ProblemException known -> known.problem();
            case Rejection rejection -> problemFor(rejection);
            case AggregateNotFoundException missing -> Problem.of(HttpStatus.NOT_FOUND, "CUSTOMER_NOT_FOUND",
                    "No customer " + missing.getAggregateIdentifier() + " that you may see.");
            case ConcurrencyException race -> Problem.of(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION",
                    "The customer was changed by another request at the same moment; retry.");
            case UnsupportedMediaTypeStatusException unsupported -> Problem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json.");
            case ServerWebInputException input -> malformed(input);
            case ResponseStatusException status -> Problem.of(HttpStatus.valueOf(status.getStatusCode().value()),
                    codeFor(status), status.getReason() == null ? HttpStatus.valueOf(status.getStatusCode().value())
                            .getReasonPhrase() : status.getReason());
            case RejectedExecutionException busy -> Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "BUSY",
                    "Too many commands are waiting to run; nothing was done. Retry after a second.");
            case TimeoutException timeout -> Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "TIMEOUT",
                    "The request took too long; it may or may not have taken effect. Retry with the same Idempotency-Key.");
            default -> {
                log.error("Unexpected failure", cause);
                yield Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                        "Something went wrong on our side; nothing is reported to you beyond this.");
            }
        };
    }

    /** Every refusal of the domain, whatever its kind: it carries its status, code and members. */
    private static Problem problemFor(Rejection rejection) {
        HttpStatus status = HttpStatus.valueOf(rejection.status());
        Problem problem = rejection.violations().isEmpty()
                ? Problem.of(status, rejection.code(), rejection.getMessage())
                : Problem.invalid(rejection.code(), rejection.getMessage(), rejection.violations());
        for (var member : rejection.details().entrySet()) {
            problem = problem.with(member.getKey(), member.getValue());
        }
        return problem;
    }

    private static Problem malformed(ServerWebInputException input) {
        if (hasCause(input, DataBufferLimitException.class)) {
            return Problem.of(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", "The request body is too large.");
        }
        // A required query parameter or header left out: the refusal names it, as every 400 names what it refuses.
        if (input instanceof MissingRequestValueException missing) {
            return Problem.invalid("MALFORMED_REQUEST", "A required " + missing.getLabel() + " is missing.",
                    List.of(new Violation(missing.getName(), "REQUIRED", missing.getName() + " is required.")));
        }
        if (input.getMethodParameter() != null && input.getMethodParameter().getParameterName() != null
                && findCause(input, org.springframework.beans.TypeMismatchException.class) != null) {
            String parameter = input.getMethodParameter().getParameterName();
            String where = input.getMethodParameter().hasParameterAnnotation(PathVariable.class) ? "A path segment"
                    : input.getMethodParameter().hasParameterAnnotation(RequestHeader.class) ? "A header" : "A query parameter";
            return Problem.invalid("MALFORMED_REQUEST", where + " does not fit the contract.",
                    List.of(new Violation(parameter, "WRONG_TYPE", parameter + " must be "
                            + kindOf(input.getMethodParameter().getParameterType()) + ".")));
        }
        var mapping = findCause(input, DatabindException.class);
        if (mapping != null && !mapping.getPath().isEmpty()) {
            String field = fieldPath(mapping);
            String code = mapping instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                    && invalid.getTargetType().isEnum() ? "UNKNOWN_VALUE" : "WRONG_TYPE";
            String message = code.equals("UNKNOWN_VALUE")
                    ? field + " must be " + Wording.oneOf(enumType(((InvalidFormatException) mapping).getTargetType()))
                            + otherNames(((InvalidFormatException) mapping).getTargetType()) + "."
                    : field + " " + expected(mapping) + ".";
            return Problem.invalid("MALFORMED_REQUEST", "The request body does not fit the contract.",
                    List.of(new Violation(field, code, message)));
        }
        if (findCause(input, JacksonException.class) != null) {
            return Problem.invalid("MALFORMED_REQUEST", "The request body is not well-formed JSON.",
                    List.of(new Violation("body", "MALFORMED_JSON", "The body is not well-formed JSON.")));
        }
        String reason = input.getReason() == null ? "The request is not valid." : input.getReason();
        return Problem.invalid("MALFORMED_REQUEST", reason, List.of());
    }

    /** What a value of {@code type} must be, in words: a sentence for people names no Java type. */
    static String kindOf(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || java.math.BigDecimal.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return type.isEnum() ? Wording.oneOf(enumType(type)) : "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or time";
        }
        return "an object";
    }

    private static String expected(DatabindException mapping) {
        return mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                ? "must be " + kindOf(mismatch.getTargetType()) : "has the wrong type";
    }

    /** For values also known by other names (a directory role by its Entra id), a pointer to them. */
    private static String otherNames(Class<?> type) {
        boolean aliased = java.util.Arrays.stream(type.getFields())
                .anyMatch(field -> field.isEnumConstant() && field.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonAlias.class));
        return aliased ? ", or another name of the same value that the API accepts (see the API's documentation)" : "";
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Enum<?>> enumType(Class<?> type) {
        return (Class<? extends Enum<?>>) type;
    }

    private static String fieldPath(DatabindException mapping) {
        return mapping.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /**
     * The contract's code for a status: its HTTP/1.1 name as RFC 7231 gave it. Spring 7 follows RFC 9110's
     * new names for 413 and 422; the codes clients switch on stay as they were.
     */
    static String codeFor(ResponseStatusException status) {
        return switch (status.getStatusCode().value()) {
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 422 -> "UNPROCESSABLE_ENTITY";
            default -> HttpStatus.valueOf(status.getStatusCode().value()).name();
        };
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof java.util.concurrent.CompletionException
                || current instanceof java.util.concurrent.ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        return findCause(failure, type) != null;
    }

    private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        return null;
    }
}
