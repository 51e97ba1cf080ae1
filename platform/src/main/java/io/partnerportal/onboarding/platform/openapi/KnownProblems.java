package io.partnerportal.onboarding.platform.openapi;

import io.partnerportal.onboarding.kernel.customer.record.DomainPrefix;
import io.partnerportal.onboarding.kernel.customer.record.PersonName;
import io.partnerportal.onboarding.kernel.customer.subscription.BlockedReason;
import io.partnerportal.onboarding.kernel.rejection.ConflictException;
import io.partnerportal.onboarding.kernel.rejection.CustomerAlreadyExistsException;
import io.partnerportal.onboarding.kernel.rejection.CustomerNotFoundException;
import io.partnerportal.onboarding.kernel.rejection.RulesBrokenException;
import io.partnerportal.onboarding.kernel.rejection.SubscriptionNotFoundException;
import io.partnerportal.onboarding.kernel.rejection.VersionMismatchException;
import io.partnerportal.onboarding.kernel.rejection.Violation;
import io.partnerportal.onboarding.platform.web.CorrelationIdFilter;
import io.partnerportal.onboarding.platform.web.Problem;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;

import static io.partnerportal.onboarding.platform.web.ProblemExceptionHandler.problemFor;

/**
 * Every problem code the backend answers: its status, what it means to a client, and an example of the document
 * as it goes out. Where the refusal is made by the kernel or the platform, the example is made by that very code
 * (the kernel's exception through {@code ProblemExceptionHandler}), so that it cannot show another shape than the
 * one served; the few made on either side alone repeat that side's sentence.
 */
public final class KnownProblems {

    /** One code: its status, when a client gets it, and an example. */
    public record KnownProblem(String code, HttpStatus status, String meaning, Problem example) {
    }

    /** The customer every example speaks of. */
    public static final String EXAMPLE_CUSTOMER_ID = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d";

    private static final Map<String, KnownProblem> ALL = index(List.of(
            new KnownProblem("MALFORMED_REQUEST", HttpStatus.BAD_REQUEST, "The request is not in the contract's form: "
                    + "a header in the wrong format (`X-Correlation-Id`, `Idempotency-Key`, `If-Match`), a parameter "
                    + "missing or of the wrong type, a body that is missing or not JSON, or a member of the wrong type or "
                    + "with an unknown value. `errors` names the field where there is one.",
                    Problem.invalid("MALFORMED_REQUEST", "A header is not valid.", List.of(new Violation(
                            CorrelationIdFilter.HEADER, "CORRELATION_ID_FORMAT",
                            CorrelationIdFilter.HEADER + " must be 1 to 128 letters, digits or . _ : -")))),
            new KnownProblem("VALIDATION_FAILED", HttpStatus.BAD_REQUEST, "The request breaks rules of the contract; "
                    + "nothing was recorded. `errors` lists every broken rule at once, each with the field's JSON path, "
                    + "the rule's code and a sentence.",
                    problemFor(new RulesBrokenException(concat(DomainPrefix.violations("domainPrefix", "contoso.onmicrosoft.com"),
                            PersonName.violations("primaryContact.firstName", "test"))))),
            new KnownProblem("UNAUTHENTICATED", HttpStatus.UNAUTHORIZED, "No credentials were sent, or a demo user's "
                    + "password is wrong (embedded default only).",
                    Problem.of(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "Authenticate first: send a bearer token.")),
            new KnownProblem("INVALID_TOKEN", HttpStatus.UNAUTHORIZED, "JWT mode: the bearer token was refused. `errors` "
                    + "names the claim and the rule it broke (`token` for its signature or form).",
                    Problem.of(HttpStatus.UNAUTHORIZED, "INVALID_TOKEN", "The token has no expiry: the exp claim is required.",
                            List.of(new Violation("exp", "REQUIRED", "The token has no expiry: the exp claim is required.")))),
            new KnownProblem("FORBIDDEN", HttpStatus.FORBIDDEN, "The caller's roles do not allow this; `detail` names "
                    + "the roles that would.",
                    Problem.of(HttpStatus.FORBIDDEN, "FORBIDDEN", "Your roles do not allow this.")),
            new KnownProblem("CUSTOMER_NOT_FOUND", HttpStatus.NOT_FOUND, "No such customer, or one the caller may not "
                    + "see: both are answered alike, so that nobody learns of another partner's customers.",
                    problemFor(new CustomerNotFoundException(EXAMPLE_CUSTOMER_ID))),
            new KnownProblem("SUBSCRIPTION_NOT_FOUND", HttpStatus.NOT_FOUND, "The customer has no subscription with this id.",
                    problemFor(new SubscriptionNotFoundException("4f1c2a9e-5d7b-4e8a-9c3f-1b2d3e4f5a6b"))),
            new KnownProblem("GDAP_RELATIONSHIP_NOT_FOUND", HttpStatus.NOT_FOUND, "The customer has no GDAP relationship "
                    + "with this id.",
                    Problem.of(HttpStatus.NOT_FOUND, "GDAP_RELATIONSHIP_NOT_FOUND", "Customer " + EXAMPLE_CUSTOMER_ID
                            + " has no GDAP relationship 7d3c1b2a-9e8f-4a6b-b5c4-d3e2f1a0b9c8.")),
            new KnownProblem("RELATIONSHIP_REQUEST_NOT_FOUND", HttpStatus.NOT_FOUND, "No such relationship request, or "
                    + "another partner's.",
                    Problem.of(HttpStatus.NOT_FOUND, "RELATIONSHIP_REQUEST_NOT_FOUND",
                            "No relationship request 0f8e7d6c-5b4a-3921-8f7e-6d5c4b3a2918 that you may see.")),
            new KnownProblem("EVENT_TYPE_NOT_FOUND", HttpStatus.NOT_FOUND, "No event type of this name; "
                    + "`GET /api/events/schemas` lists them.",
                    Problem.of(HttpStatus.NOT_FOUND, "EVENT_TYPE_NOT_FOUND",
                            "No event type partner.customer.moved.v1; GET /api/events/schemas lists them.")),
            new KnownProblem("NO_CHECKPOINT_YET", HttpStatus.NOT_FOUND, "The log has no entry yet, so no checkpoint "
                    + "has been signed.",
                    Problem.of(HttpStatus.NOT_FOUND, "NO_CHECKPOINT_YET", "The log has no entry yet, so no checkpoint.")),
            new KnownProblem("CHECKPOINT_NOT_FOUND", HttpStatus.NOT_FOUND, "No checkpoint was signed at this tree size.",
                    Problem.of(HttpStatus.NOT_FOUND, "CHECKPOINT_NOT_FOUND", "No checkpoint was taken at tree size 12; "
                            + "GET /api/audit/checkpoint is the newest.")),
            new KnownProblem("PROJECTION_NOT_FOUND", HttpStatus.NOT_FOUND, "No projection of this name; "
                    + "`GET /api/admin/projections` lists them.",
                    Problem.of(HttpStatus.NOT_FOUND, "PROJECTION_NOT_FOUND", "No projection customer-views.")),
            new KnownProblem("NOT_ACCEPTABLE", HttpStatus.NOT_ACCEPTABLE, "`Accept` admits none of the media types the "
                    + "endpoint answers with.",
                    problemFor(new NotAcceptableStatusException(List.of(MediaType.APPLICATION_JSON)))),
            new KnownProblem("CUSTOMER_ALREADY_EXISTS", HttpStatus.CONFLICT, "A customer with this domain prefix, or "
                    + "with this registration id in this country, is on the platform already. `field` says which; to "
                    + "work with it, POST `relationshipRequest` to `relationshipRequestUrl`.",
                    problemFor(new CustomerAlreadyExistsException("domainPrefix", "contosobr"))),
            new KnownProblem("PURCHASE_BLOCKED", HttpStatus.CONFLICT, "Nothing may be bought for the customer yet: its "
                    + "verification must be `APPROVED` and its MCA confirmed. `blockedReasons` lists every reason.",
                    problemFor(blocked("PURCHASE_BLOCKED", "purchase", BlockedReason.VERIFICATION_PENDING,
                            BlockedReason.MCA_NOT_CONFIRMED))),
            new KnownProblem("OPERATION_BLOCKED", HttpStatus.CONFLICT, "The customer's verification (for cost "
                    + "management: its MCA) does not allow this now. `blockedReasons` lists every reason.",
                    problemFor(blocked("OPERATION_BLOCKED", "increase quantity", BlockedReason.VERIFICATION_PENDING))),
            new KnownProblem("VERIFICATION_NOT_PENDING", HttpStatus.CONFLICT, "The other decision stands already: only a "
                    + "pending verification can be decided (a billing change submits the customer again).",
                    problemFor(new ConflictException("VERIFICATION_NOT_PENDING", "The customer is REJECTED; only a "
                            + "pending verification can be decided. A billing change submits it again."))),
            new KnownProblem("SUBSCRIPTION_NOT_ACTIVE", HttpStatus.CONFLICT, "The subscription is cancelled.",
                    problemFor(new ConflictException("SUBSCRIPTION_NOT_ACTIVE",
                            "Subscription 4f1c2a9e-5d7b-4e8a-9c3f-1b2d3e4f5a6b is cancelled."))),
            new KnownProblem("REQUEST_IN_PROGRESS", HttpStatus.CONFLICT, "A request with this `Idempotency-Key` is still "
                    + "being handled; retry it to get its answer.",
                    problemFor(new ConflictException("REQUEST_IN_PROGRESS",
                            "A request with this Idempotency-Key is being handled; retry it to get its answer."))),
            new KnownProblem("CONCURRENT_MODIFICATION", HttpStatus.CONFLICT, "Another change of the customer was "
                    + "recorded at the same moment; nothing was changed. Retry, with `If-Match` to be sure which version "
                    + "you change.",
                    problemFor(new ConcurrencyException("An event for aggregate [" + EXAMPLE_CUSTOMER_ID
                            + "] at sequence [3] was already inserted"))),
            new KnownProblem("VERSION_MISMATCH", HttpStatus.PRECONDITION_FAILED, "`If-Match` names a version the "
                    + "customer is no longer at; nothing was changed. Read it again, and retry with its new `ETag`.",
                    problemFor(new VersionMismatchException(3, 5))),
            new KnownProblem("WEAK_ENTITY_TAG", HttpStatus.PRECONDITION_FAILED, "`If-Match` holds a weak entity tag "
                    + "(`W/\"3\"`), which never matches a conditional write (RFC 9110, 13.1.1); send the `ETag` as given.",
                    Problem.of(HttpStatus.PRECONDITION_FAILED, "WEAK_ENTITY_TAG",
                            "A weak entity tag never matches a conditional write; nothing was changed.",
                            List.of(new Violation("If-Match", "WEAK_ENTITY_TAG", "If-Match must be a strong entity tag "
                                    + "such as \"3\"; the weak W/\"3\" never matches, because a conditional write "
                                    + "compares entity tags strongly (RFC 9110, 13.1.1)")))),
            new KnownProblem("PAYLOAD_TOO_LARGE", HttpStatus.CONTENT_TOO_LARGE, "The body is larger than the server "
                    + "reads.",
                    Problem.of(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", "The request body is too large.")),
            new KnownProblem("URI_TOO_LONG", HttpStatus.URI_TOO_LONG, "The request line (method, path and query) is "
                    + "longer than the server reads (4 KB unless configured otherwise). Answered before the request is "
                    + "read, so without `X-Correlation-Id`.",
                    Problem.of(HttpStatus.URI_TOO_LONG, "URI_TOO_LONG", "The request line (method, path and query) "
                            + "must be at most 4096 bytes; shorten the path or the query.")),
            new KnownProblem("UNSUPPORTED_MEDIA_TYPE", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The body is not sent as "
                    + "`application/json`.",
                    problemFor(new UnsupportedMediaTypeStatusException(MediaType.TEXT_PLAIN,
                            List.of(MediaType.APPLICATION_JSON)))),
            new KnownProblem("IDEMPOTENCY_KEY_REUSED", HttpStatus.UNPROCESSABLE_CONTENT, "The caller sent this "
                    + "`Idempotency-Key` before with another request (another body, method or path); nothing was done.",
                    Problem.of(HttpStatus.UNPROCESSABLE_CONTENT, "IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was "
                            + "already used for a different request; use a new key for a new request.")),
            new KnownProblem("RATE_LIMITED", HttpStatus.TOO_MANY_REQUESTS, "The caller made as many writes in the last "
                    + "minute as one caller may (`WRITES_PER_MINUTE`); `Retry-After` and `retryAfterSeconds` say when to "
                    + "try again.",
                    Problem.tooManyRequests("RATE_LIMITED", "You have made 600 writes in the last minute, the most one "
                            + "caller may; try again in 2 seconds.", 2)),
            new KnownProblem("TOO_MANY_OPEN", HttpStatus.TOO_MANY_REQUESTS, "The caller already holds as many of these "
                    + "long-lived requests (update streams, feed streams, reads waiting for a version) as one caller "
                    + "may at once.",
                    Problem.tooManyRequests("TOO_MANY_OPEN", "You have 4 update streams open, the most one caller may "
                            + "have at once; close one or try again later.", 1)),
            new KnownProblem("REQUEST_HEADER_FIELDS_TOO_LARGE", HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "The "
                    + "header fields are larger than the server reads (8 KB in all unless configured otherwise). "
                    + "Answered before the request is read, so without `X-Correlation-Id`.",
                    Problem.of(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "REQUEST_HEADER_FIELDS_TOO_LARGE",
                            "The request's header fields must be at most 8192 bytes in all; send fewer or shorter headers.")),
            new KnownProblem("INTERNAL_ERROR", HttpStatus.INTERNAL_SERVER_ERROR, "A failure on the server's side; "
                    + "nothing more is told. The response's `X-Correlation-Id` finds it in the logs.",
                    Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                            "Something went wrong on our side; nothing is reported to you beyond this.")),
            new KnownProblem("BUSY", HttpStatus.SERVICE_UNAVAILABLE, "Too many commands wait for a thread already "
                    + "(`COMMAND_QUEUE`); nothing was done. Retry after `Retry-After`.",
                    problemFor(new RejectedExecutionException("queue full"))),
            new KnownProblem("TIMEOUT", HttpStatus.SERVICE_UNAVAILABLE, "The command did not answer in time; it may or "
                    + "may not have taken effect. Retry with the same `Idempotency-Key` to learn which.",
                    problemFor(new TimeoutException())),
            new KnownProblem("NOT_YET_PROJECTED", HttpStatus.SERVICE_UNAVAILABLE, "The read side has not reached "
                    + "`minVersion` within the wait (`READ_WAIT_TIMEOUT`); retry after `Retry-After`.",
                    Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "NOT_YET_PROJECTED", "Customer " + EXAMPLE_CUSTOMER_ID
                            + " has not reached version 5 on the read side yet; retry shortly."))));

    private KnownProblems() {
    }

    /** The problem {@code code}; a code nobody listed here is a mistake in the documentation, refused at once. */
    public static KnownProblem of(String code) {
        KnownProblem known = ALL.get(code);
        if (known == null) {
            throw new IllegalArgumentException("No problem code " + code + " is known; list it in KnownProblems, "
                    + "with its status, meaning and an example.");
        }
        return known;
    }

    public static Collection<KnownProblem> all() {
        return ALL.values();
    }

    private static ConflictException blocked(String code, String operation, BlockedReason... reasons) {
        List<String> names = java.util.Arrays.stream(reasons).map(Enum::name).toList();
        return new ConflictException(code, operation + " is blocked: " + java.util.Arrays.toString(reasons), names);
    }

    private static List<Violation> concat(List<Violation> first, List<Violation> second) {
        var all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static Map<String, KnownProblem> index(List<KnownProblem> problems) {
        var byCode = new LinkedHashMap<String, KnownProblem>();
        for (KnownProblem problem : problems) {
            if (!problem.example().code().equals(problem.code()) || problem.example().status() != problem.status().value()) {
                throw new IllegalStateException("The example of " + problem.code() + " is another problem: "
                        + problem.example().code() + " " + problem.example().status());
            }
            byCode.put(problem.code(), problem);
        }
        return Collections.unmodifiableMap(byCode);
    }
}
