package io.partnerportal.onboarding.platform.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnerportal.onboarding.kernel.customer.event.CustomerAdded;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@code CustomerAdded} revision 1 → 2: the four billing fields ({@code companyName}, {@code registrationId},
 * {@code primaryContact}, {@code address}), stored flat beside the rest of the record, become one
 * {@code billingProfile} member, as {@code BillingInfoChanged} has always carried them. Nothing stored is
 * changed; events are upcast as they are read, so every reader sees revision 2.
 */
@Component
@Order(1)
public class CustomerAddedNestsBillingProfile extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(CustomerAdded.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(CustomerAdded.class.getName(), "2");
    private static final List<String> BILLING_FIELDS = List.of("companyName", "registrationId", "primaryContact", "address");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(REVISION_2, JsonNode.class, CustomerAddedNestsBillingProfile::nest);
    }

    /** The revision-2 JSON of a revision-1 payload, its members in the order the record declares them. */
    static JsonNode nest(JsonNode revision1) {
        ObjectNode billing = JsonNodeFactory.instance.objectNode();
        BILLING_FIELDS.forEach(field -> billing.set(field, revision1.get(field)));
        ObjectNode revision2 = JsonNodeFactory.instance.objectNode();
        for (String field : List.of("customerId", "partnerId", "domainPrefix", "language")) {
            revision2.set(field, revision1.get(field));
        }
        revision2.set("billingProfile", billing);
        for (String field : List.of("defaultGdapConsent", "associatedResellerId", "verificationStatus", "warnings")) {
            revision2.set(field, revision1.get(field));
        }
        return revision2;
    }
}
