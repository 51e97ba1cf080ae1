package io.partnerportal.onboarding.command.customer.web;

import io.partnerportal.onboarding.kernel.customer.gdap.GdapRelationship;
import io.partnerportal.onboarding.kernel.customer.gdap.GdapRules;
import io.partnerportal.onboarding.kernel.customer.record.CompanyName;
import io.partnerportal.onboarding.kernel.customer.record.DomainPrefix;
import io.partnerportal.onboarding.kernel.customer.record.EmailAddress;
import io.partnerportal.onboarding.kernel.customer.record.Language;
import io.partnerportal.onboarding.kernel.customer.record.PersonName;
import io.partnerportal.onboarding.kernel.customer.record.Phone;
import io.partnerportal.onboarding.kernel.customer.record.PostalAddress;
import io.partnerportal.onboarding.kernel.customer.registrationid.RegistrationIds;
import io.partnerportal.onboarding.kernel.customer.subscription.SubscriptionRules;
import io.partnerportal.onboarding.kernel.customer.verification.VerificationRules;
import io.partnerportal.onboarding.kernel.identity.PartnerId;
import io.partnerportal.onboarding.platform.openapi.Schemas;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of each write's body, stated in the API's documentation with the kernel's own constants: the members
 * a body must have, their lengths, patterns and ranges, and an example body for each write. It only tells clients
 * what the kernel will check (and answer all at once, 400 {@code VALIDATION_FAILED}); a rule that depends on
 * another member (a state that some countries require) is said in words. The bodies that are kernel records
 * cannot carry annotations (the kernel knows nothing of HTTP), so all of them are described here, in one place.
 */
@Component
class WriteBodySchemas implements OpenApiCustomizer {

    /** A customer id, a domain prefix: how a relationship request names a customer (its controller's rule). */
    private static final String VISIBLE_ASCII_NAME = "^[\\x21-\\x7E]{1,64}$";

    @Override
    public void customise(OpenAPI api) {
        customer(api);
        contact(api);
        address(api);
        mca(api);
        gdap(api);
        smallBodies(api);
        answer(api);
        examples(api);
    }

    /** What every write answers; the members its operation does not name are left out. */
    private static void answer(OpenAPI api) {
        Schemas.component(api, "WriteAnswer").description("The customer's id and new version, and what the write "
                + "names beside them; members it does not name are left out.");
        Schemas.property(api, "WriteAnswer", "version").description("The customer's version after the write: the "
                + "number of its events. Also the `ETag`; send it as `If-Match` or as a read's `minVersion`.");
        Schemas.property(api, "WriteAnswer", "verificationStatus").description("Adding, a billing change, a decision.");
        Schemas.property(api, "WriteAnswer", "warnings").description("Adding and a billing change: rules that do not "
                + "block (a web domain in the company name), recorded with the change.");
        Schemas.property(api, "WriteAnswer", "relationshipId").description("Granting GDAP: the new relationship.");
        Schemas.property(api, "WriteAnswer", "subscriptionId").description("Subscription writes: the subscription.");
        // No write fills it (relationship requests, which once did, answer with a body of their own): not documented.
        Schemas.property(api, "WriteAnswer", "invitationUrl");
        Schemas.component(api, "WriteAnswer").getProperties().remove("invitationUrl");
        Schemas.component(api, "WriteAnswer").required(List.of("customerId", "version"));
    }

    private static void customer(OpenAPI api) {
        required(api, "AddCustomerRequest", "companyName", "domainPrefix", "language", "primaryContact", "address");
        required(api, "BillingProfile", "companyName", "primaryContact", "address");
        for (String body : List.of("AddCustomerRequest", "BillingProfile")) {
            Schemas.property(api, body, "companyName").minLength(CompanyName.MIN_LENGTH).maxLength(CompanyName.MAX_LENGTH)
                    .description("The customer's exact legal name, as registered: not a placeholder, a legal form alone "
                            + "or single letters. A web domain in it is only a warning.");
            Schemas.property(api, body, "registrationId").description("The company's registration id, letters and "
                    + "digits with `-`, `/`, `.` or spaces between. Required, in the country's own format and with its "
                    + "check digits where the country has them, for customers in "
                    + String.join(", ", RegistrationIds.countriesRequiringIt()) + " (where the primary contact's phone "
                    + "is required too); a personal id is refused. Elsewhere optional, and only its form is checked. "
                    + "Unique per country on the platform.");
        }
        Schemas.property(api, "AddCustomerRequest", "domainPrefix").pattern("^" + DomainPrefix.PATTERN + "$")
                .description("The prefix of the customer's initial domain, `<prefix>" + DomainPrefix.SUFFIX + "`: "
                        + DomainPrefix.MIN_LENGTH + " to " + DomainPrefix.MAX_LENGTH + " ASCII letters and digits, "
                        + "starting with a letter. Unique on the platform, in any case.");
        Schemas.property(api, "AddCustomerRequest", "language").pattern("^" + Language.PATTERN + "$")
                .description("The customer's culture: an ISO 639-1 language, optionally with an ISO 15924 script and an "
                        + "ISO 3166 region (`en`, `pt-BR`, `zh-Hans-CN`).");
        Schemas.property(api, "AddCustomerRequest", "defaultGdapConsent")._default(true)
                .description("Create the default GDAP relationship with the customer (true unless sent false).");
        Schemas.property(api, "AddCustomerRequest", "associatedResellerId").pattern("^" + PartnerId.PATTERN + "$")
                .description("An indirect provider's own reseller the customer is added for.");
    }

    private static void contact(OpenAPI api) {
        required(api, "Contact", "firstName", "lastName", "email");
        for (String name : List.of("firstName", "lastName")) {
            Schemas.property(api, "Contact", name).minLength(1).maxLength(PersonName.MAX_LENGTH)
                    .description("A real name in any script, with a letter at least; not a placeholder or an initial.");
        }
        Schemas.property(api, "Contact", "email").format("email").maxLength(EmailAddress.MAX_LENGTH)
                .description("The contact's own address at the customer: not at the platform's domain nor at the "
                        + "partner's own domains.");
        Schemas.property(api, "Contact", "phone").pattern("^" + Phone.PATTERN + "$").description("An international "
                + "number: an optional `+`, then " + Phone.MIN_DIGITS + " to " + Phone.MAX_DIGITS + " digits grouped by "
                + "spaces, hyphens, dots or one pair of parentheses. Required for a primary contact in the countries "
                + "that require a registration id.");
    }

    private static void address(OpenAPI api) {
        required(api, "Address", "addressLine1", "city", "country");
        Schemas.property(api, "Address", "addressLine1").minLength(1).maxLength(PostalAddress.MAX_LINE_LENGTH);
        Schemas.property(api, "Address", "addressLine2").maxLength(PostalAddress.MAX_LINE_LENGTH);
        Schemas.property(api, "Address", "city").minLength(1).maxLength(PostalAddress.MAX_CITY_LENGTH);
        Schemas.property(api, "Address", "country").pattern("^[A-Z]{2}$")
                .description("ISO 3166-1 alpha-2, in upper case.");
        Schemas.property(api, "Address", "state").description("The state, province or prefecture: required where "
                + "addresses name one (such as US, CA, AU, BR, MX, IN, CN and JP), and one of the country's codes for "
                + "US, CA, AU and BR (`SP`). Accepted elsewhere.");
        Schemas.property(api, "Address", "postalCode").description("Required unless the country has no postal code in "
                + "general use; in the country's form where that is known (BR `01310-100`, US `12345` or `12345-6789`).");
    }

    private static void mca(OpenAPI api) {
        required(api, "McaAcceptance", "acceptedBy", "dateAccepted");
        Schemas.property(api, "McaAcceptance", "dateAccepted").description("The day the customer accepted: not in the "
                + "future anywhere on Earth.");
    }

    private static void gdap(OpenAPI api) {
        required(api, "GdapGrant", "displayName", "roles");
        Schemas.property(api, "GdapGrant", "displayName").minLength(1).maxLength(GdapRelationship.MAX_DISPLAY_NAME_LENGTH)
                .description("Unique among the customer's relationships, in any case.");
        Schemas.property(api, "GdapGrant", "durationDays").minimum(BigDecimal.ONE)
                .maximum(BigDecimal.valueOf(GdapRelationship.MAX_DURATION_DAYS))._default(GdapRelationship.MAX_DURATION_DAYS);
        roles(Schemas.property(api, "GdapGrant", "roles"), "The directory roles the partner gets, each once.");
        Schemas.property(api, "GdapGrant", "autoExtend")._default(false).description("Extend by "
                + GdapRelationship.AUTO_EXTEND_DAYS + " days when it ends; not allowed with `GLOBAL_ADMINISTRATOR`.");
        Schemas.property(api, "GdapGrant", "securityGroups").maxItems(GdapRules.MAX_SECURITY_GROUPS).uniqueItems(true)
                .description("The partner's security groups, each once, and which of the relationship's roles each gets.");
        required(api, "SecurityGroup", "groupId", "roles");
        Schemas.property(api, "SecurityGroup", "groupId").minLength(1);
        roles(Schemas.property(api, "SecurityGroup", "roles"), "Some of the relationship's roles, each once.");
    }

    private static void roles(Schema<?> list, String description) {
        list.minItems(1).maxItems(GdapRules.MAX_ROLES).uniqueItems(true).description(description);
    }

    private static void smallBodies(OpenAPI api) {
        required(api, "VerificationRejection", "reason");
        Schemas.property(api, "VerificationRejection", "reason").minLength(1)
                .maxLength(VerificationRules.MAX_REJECTION_REASON_LENGTH).description("Why, for the partner to act on.");
        required(api, "CostManagementSetting", "enabled");
        required(api, "SubscriptionPurchase", "offerId", "quantity");
        Schemas.property(api, "SubscriptionPurchase", "offerId").minLength(1).maxLength(SubscriptionRules.MAX_OFFER_ID_LENGTH);
        for (String body : List.of("SubscriptionPurchase", "SubscriptionQuantity")) {
            Schemas.property(api, body, "quantity").minimum(BigDecimal.ONE)
                    .maximum(BigDecimal.valueOf(SubscriptionRules.MAX_QUANTITY)).description("Seats.");
        }
        required(api, "SubscriptionQuantity", "quantity");
        Schemas.component(api, "RelationshipRequestBody").description("The customer, named by exactly one of its id "
                + "and its domain prefix.");
        for (String name : List.of("customerId", "domainPrefix")) {
            Schemas.property(api, "RelationshipRequestBody", name).pattern(VISIBLE_ASCII_NAME);
        }
    }

    /** An example body for each write, on the operations whose body it is. */
    private static void examples(OpenAPI api) {
        Map<String, Object> contact = ordered("firstName", "Ana", "lastName", "Souza", "email", "ana.souza@contoso.com.br",
                "phone", "+55 11 4004 0001");
        Map<String, Object> address = ordered("addressLine1", "Av. Paulista 1000", "city", "São Paulo", "state", "SP",
                "postalCode", "01310-100", "country", "BR");
        Map<String, Object> examples = Map.ofEntries(
                Map.entry("AddCustomerRequest", ordered("companyName", "Contoso Comércio de Software Ltda",
                        "domainPrefix", "contosobr", "registrationId", "11.222.333/0001-81", "language", "pt-BR",
                        "primaryContact", contact, "address", address, "defaultGdapConsent", true)),
                Map.entry("BillingProfile", ordered("companyName", "Contoso Comércio de Software Ltda",
                        "registrationId", "11.222.333/0001-81", "primaryContact", contact, "address",
                        ordered("addressLine1", "Av. Brigadeiro Faria Lima 3477", "city", "São Paulo", "state", "SP",
                                "postalCode", "04538-133", "country", "BR"))),
                Map.entry("McaAcceptance", ordered("acceptedBy", ordered("firstName", "Bruno", "lastName", "Lima",
                        "email", "bruno.lima@contoso.com.br"), "dateAccepted", "2026-11-20")),
                Map.entry("GdapGrant", ordered("displayName", "Contoso helpdesk", "durationDays", 365, "roles",
                        List.of("HELPDESK_ADMINISTRATOR", "USER_ADMINISTRATOR"), "autoExtend", true, "securityGroups",
                        List.of(ordered("groupId", "b4f1e0c2-7a51-4c6e-9d2a-1f3b5c7d9e0f", "roles",
                                List.of("HELPDESK_ADMINISTRATOR"))))),
                Map.entry("VerificationRejection", ordered("reason", "The registration id belongs to another company.")),
                Map.entry("CostManagementSetting", ordered("enabled", true)),
                Map.entry("SubscriptionPurchase", ordered("offerId", "CFQ7TTC0LH18:0001", "quantity", 25)),
                Map.entry("SubscriptionQuantity", ordered("quantity", 30)),
                Map.entry("RelationshipRequestBody", ordered("domainPrefix", "contosobr")));
        api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            MediaType json = operation.getRequestBody() == null || operation.getRequestBody().getContent() == null ? null
                    : operation.getRequestBody().getContent().get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
            String body = json == null || json.getSchema() == null || json.getSchema().get$ref() == null ? null
                    : json.getSchema().get$ref().substring(Schemas.REF.length());
            if (body != null) {
                if (!examples.containsKey(body)) {
                    throw new IllegalStateException("The write taking " + body + " has no example body; add one here");
                }
                json.setExample(examples.get(body));
            }
        }));
    }

    private static void required(OpenAPI api, String schema, String... members) {
        for (String member : members) {
            Schemas.property(api, schema, member);
        }
        Schemas.component(api, schema).required(List.of(members));
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
