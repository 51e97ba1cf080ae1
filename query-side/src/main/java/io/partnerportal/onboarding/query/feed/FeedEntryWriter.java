package io.partnerportal.onboarding.query.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnerportal.onboarding.kernel.customer.event.CustomerEvent;
import io.partnerportal.onboarding.kernel.customer.event.EventTypes;
import io.partnerportal.onboarding.kernel.identity.Attribution;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * The feed entry of an event: its CloudEvents 1.0 JSON (structured mode) in RFC 8785 canonical form, so
 * the bytes that are served, exported and hashed into the audit log are one and the same, and the audit's
 * integrity check can write them again from the event store alone.
 */
@Component
public class FeedEntryWriter {

    /** The CloudEvents {@code source} of every entry. */
    public static final String SOURCE = "/partner-portal/onboarding";

    private final ObjectMapper json;

    FeedEntryWriter(ObjectMapper storedJson) {
        this.json = storedJson;
    }

    public String entry(long position, CustomerEvent event, EventMessage<?> message, long sequence, FeedEntries.Owner owner) {
        ObjectNode entry = json.createObjectNode()
                .put("specversion", "1.0")
                .put("id", message.getIdentifier())
                .put("source", SOURCE)
                .put("type", EventTypes.of(event.getClass()))
                .put("subject", event.customerId())
                .put("time", message.getTimestamp().toString())
                .put("datacontenttype", "application/json");
        entry.set("data", json.valueToTree(event));
        entry.put("position", position).put("sequence", sequence);
        putIfPresent(entry, "partnerid", owner.partnerId());
        putIfPresent(entry, "resellerid", owner.resellerId());
        putIfPresent(entry, "actor", message.getMetaData().get(Attribution.ACTOR));
        if (message.getMetaData().get(Attribution.ROLES) instanceof java.util.Collection<?> roles && !roles.isEmpty()) {
            // The actor's roles when it acted, as one string (CloudEvents attributes are scalars).
            entry.put("actorroles", String.join(",", roles.stream().map(Object::toString).toList()));
        }
        putIfPresent(entry, "correlationid", message.getMetaData().get(Attribution.CORRELATION_ID));
        return Jcs.canonical(entry);
    }

    /** CloudEvents attributes are never null: an absent value is an absent attribute. */
    private static void putIfPresent(ObjectNode entry, String name, Object value) {
        if (value != null) {
            entry.put(name, value.toString());
        }
    }
}
