package io.partnerportal.onboarding.platform.openapi;

import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.relationship.RelationshipRequests;
import io.partnerportal.onboarding.platform.web.CorrelationIdFilter;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

import java.util.Arrays;

/**
 * The contract as OpenAPI at /v3/api-docs (committed as docs/openapi.json, which a test keeps equal to it): what
 * every endpoint shares is declared here and added by {@link ContractAnnotations} and {@link ProblemResponses};
 * what each says of itself is in its controller's annotations.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String IDEMPOTENCY_KEY = "#/components/parameters/IdempotencyKey";
    static final String IF_MATCH = "#/components/parameters/IfMatch";
    static final String CORRELATION_ID = "#/components/parameters/XCorrelationId";
    public static final String ETAG = "#/components/headers/ETag";
    public static final String LOCATION = "#/components/headers/Location";
    static final String CORRELATION_ID_HEADER = "#/components/headers/XCorrelationId";
    static final String RETRY_AFTER = "#/components/headers/RetryAfter";
    static final String WWW_AUTHENTICATE = "#/components/headers/WWWAuthenticate";

    static {
        // The caller comes from the credentials, never from a parameter a client could set.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
        // An enum is one named schema, not a copy in every member that uses it: a generated client then has one
        // VerificationStatus, not one per record that holds it.
        ModelResolver.enumsAsRef = true;
        // A relationship request's status is named Status in the kernel: too plain a name for a whole API.
        SpringDocUtils.getConfig().replaceWithSchema(RelationshipRequests.Status.class, Schemas.string()
                ._enum(Arrays.stream(RelationshipRequests.Status.values()).map(Enum::name).map(Object.class::cast).toList())
                .description("Where the request stands."));
    }

    @Bean
    OpenAPI onboardingApi() {
        return new OpenAPI()
                .info(new Info().title("Partner portal customer onboarding").version("1").description("""
                        A cloud-reseller partner adds a customer; the platform verifies it before anything can be \
                        bought for it; the partner confirms the Microsoft Customer Agreement, grants delegated admin \
                        access (GDAP) and keeps the billing profile current. Every change is recorded as an event.

                        - **Versions.** Every write to a customer answers its new `version` (the number of its \
                        events), also as `ETag`. Send it back as `If-Match` to change only what you read (412 \
                        otherwise), and as `minVersion` to read your own write (the read side is eventually \
                        consistent; the read waits a few seconds at most, then answers 503 with `Retry-After`).
                        - **Retries.** A write with an `Idempotency-Key` happens at most once per caller: the same \
                        request again gets the first answer, status included.
                        - **Errors** are `application/problem+json` (RFC 9457) with a stable `code` to switch on; a \
                        refused request lists every broken rule in `errors`, each naming its field by JSON path.
                        - **Text.** Every text of a write is one line of printable characters: control characters \
                        and half surrogate pairs are refused (`CONTROL_CHARACTER`, `INVALID_UNICODE`).
                        - **Correlation.** `X-Correlation-Id` is taken from the request or made, answered on every \
                        response and recorded on every event the request causes.
                        - **Members.** A member that is not `required` may be absent or `null`; a client should \
                        ignore members it does not know, so that new ones do not break it.
                        - **Roles.** Each operation says who may call it (and `x-roles` lists the roles): a caller \
                        who may not see a customer gets 404 as if it did not exist."""))
                // Relative: the document describes the backend that serves it (bin/run: http://localhost:8080).
                .addServersItem(new Server().url("/").description("The backend that serves this document"))
                .tags(ApiTags.all())
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("Production: an OAuth2 JWT of the configured issuer, with `roles` and, "
                                        + "for a partner's staff, `partner_id` and `partner_kind`"))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("Demo users, embedded default only (password `demo`)"))
                        .addParameters("XCorrelationId", new Parameter().in("header").name(CorrelationIdFilter.HEADER)
                                .description("Ties the request, its log lines and the events it causes together; made "
                                        + "when absent. Refused (400) unless 1 to 128 letters, digits or `. _ : -`.")
                                .schema(Schemas.string().pattern("^[A-Za-z0-9._:-]{1,128}$"))
                                .example("portal-7f3a2c"))
                        .addParameters("IdempotencyKey", new Parameter().in("header").name("Idempotency-Key")
                                .description("Makes the write happen at most once for this caller: the same request "
                                        + "with the same key is answered as the first was (status, headers and body), "
                                        + "without doing it again; the key with another request is refused (422). "
                                        + "1 to 200 visible ASCII characters.")
                                .schema(Schemas.string().minLength(1).maxLength(200).pattern("^[\\x21-\\x7E]{1,200}$"))
                                .example("3f0c9a52-add-contoso"))
                        .addParameters("IfMatch", new Parameter().in("header").name(HttpHeaders.IF_MATCH)
                                .description("The `ETag` the change is meant for, as given (`\"3\"`): the customer must "
                                        + "still be at that version (412 otherwise). `*`, or no header, changes "
                                        + "whatever the version; a weak tag (`W/\"3\"`) never matches.")
                                .schema(Schemas.string().pattern("^(\\*|\"[0-9]{1,18}\")$"))
                                .example("\"3\""))
                        .addHeaders("XCorrelationId", new Header().description("The request's correlation id: its "
                                        + "own, or the one made for it.")
                                .schema(Schemas.string()))
                        .addHeaders("ETag", new Header().description("The customer's version, a strong entity tag "
                                        + "(`\"3\"`): send it as `If-Match` to change this version only.")
                                .schema(Schemas.string()))
                        .addHeaders("Location", new Header().description("Where what the request created (or named) "
                                        + "is read.")
                                .schema(Schemas.string().format("uri-reference")))
                        .addHeaders("RetryAfter", new Header().required(true).description("Seconds to wait before trying again.")
                                .schema(Schemas.integer("int64").minimum(java.math.BigDecimal.ONE)))
                        .addHeaders("WWWAuthenticate", new Header().required(true).description("The challenge: `Bearer` (with "
                                        + "`error=\"invalid_token\"` and the rule for a refused token) in JWT mode, "
                                        + "`Basic realm=\"partner-portal\"` with the demo users.")
                                .schema(Schemas.string())))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
