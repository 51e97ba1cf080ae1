package io.partnerportal.onboarding.platform.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reads an endpoint's contract annotations ({@link Performs}, {@link AnySignedInCaller}, {@link CustomerWrite},
 * {@link IdempotentWrite}, {@link ConditionalWrite}, {@link Refusals}) into its operation: who may call it, the headers it honours, and the
 * codes of the problems it answers. The codes wait in {@link #REFUSALS} until {@link ProblemResponses}, which
 * sees the whole document (paths and methods included), turns them into responses.
 */
@Component
class ContractAnnotations implements OperationCustomizer {

    /** The problem codes found so far; taken out of the document again by {@link ProblemResponses}. */
    static final String REFUSALS = "x-refusals";

    static final List<String> IDEMPOTENT_WRITE = List.of("IDEMPOTENCY_KEY_REUSED", "REQUEST_IN_PROGRESS");
    static final List<String> CUSTOMER_WRITE = List.of("BUSY", "TIMEOUT");
    static final List<String> CONDITIONAL_WRITE = List.of("VERSION_MISMATCH", "WEAK_ENTITY_TAG", "CONCURRENT_MODIFICATION");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        var codes = new LinkedHashSet<String>();
        Performs performs = handler.getMethodAnnotation(Performs.class);
        if (performs != null) {
            codes.addAll(WhoMayCall.performing(performs.value()).describe(operation));
        }
        if (handler.hasMethodAnnotation(AnySignedInCaller.class)) {
            codes.addAll(WhoMayCall.anySignedInCaller().describe(operation));
        }
        if (handler.hasMethodAnnotation(CustomerWrite.class) || handler.hasMethodAnnotation(IdempotentWrite.class)) {
            operation.addParametersItem(new Parameter().$ref(OpenApiConfiguration.IDEMPOTENCY_KEY));
            codes.addAll(IDEMPOTENT_WRITE);
        }
        if (handler.hasMethodAnnotation(CustomerWrite.class)) {
            // Every write to a customer answers the customer's new version, for the next If-Match.
            if (operation.getResponses() != null) {
                operation.getResponses().forEach((status, response) -> {
                    if (status.startsWith("2")) {
                        response.addHeaderObject(HttpHeaders.ETAG, new Header().$ref(OpenApiConfiguration.ETAG));
                    }
                });
            }
            codes.addAll(CUSTOMER_WRITE);
        }
        if (handler.hasMethodAnnotation(ConditionalWrite.class)) {
            operation.addParametersItem(new Parameter().$ref(OpenApiConfiguration.IF_MATCH));
            codes.addAll(CONDITIONAL_WRITE);
        }
        Refusals refusals = handler.getMethodAnnotation(Refusals.class);
        if (refusals != null) {
            for (String code : refusals.value()) {
                codes.add(KnownProblems.of(code).code());
            }
        }
        if (!codes.isEmpty()) {
            operation.addExtension(REFUSALS, new ArrayList<>(codes));
        }
        return operation;
    }
}
