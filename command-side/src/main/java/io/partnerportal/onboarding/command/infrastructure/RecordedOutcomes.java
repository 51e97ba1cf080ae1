package io.partnerportal.onboarding.command.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnerportal.onboarding.command.customer.CommandOutcome;
import io.partnerportal.onboarding.command.relationship.RelationshipRequestAnswer;
import io.partnerportal.onboarding.kernel.customer.command.GrantGdap;
import io.partnerportal.onboarding.kernel.customer.command.PurchaseSubscription;
import io.partnerportal.onboarding.kernel.relationship.OpenRelationshipRequest;

import java.io.UncheckedIOException;

/**
 * The answer of an idempotent request as the idempotency table stores it, and back. Records written before
 * the outcome was typed hold {@code created} as a bare string; which kind it was follows from the command
 * that is retried, so such a record is upgraded when it is read (a test keeps the old JSON).
 */
final class RecordedOutcomes {

    private final ObjectMapper json;

    RecordedOutcomes(ObjectMapper json) {
        this.json = json;
    }

    String write(Object outcome) {
        try {
            return json.writeValueAsString(outcome);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer recorded for {@code command}'s first run: a relationship request's, or a customer command's. */
    Object firstAnswer(String recorded, Object command) {
        if (!(command instanceof OpenRelationshipRequest)) {
            return read(recorded, command);
        }
        try {
            return json.readValue(recorded, RelationshipRequestAnswer.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    CommandOutcome read(String recorded, Object command) {
        try {
            ObjectNode tree = (ObjectNode) json.readTree(recorded);
            if (tree.path("created").isTextual()) {
                tree.set("created", json.valueToTree(legacyCreated(tree.get("created").asText(), command)));
            }
            return json.treeToValue(tree, CommandOutcome.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Before the outcome was typed, {@code created} was the id or URL of what the command created. */
    private static CommandOutcome.Created legacyCreated(String created, Object command) {
        return switch (command) {
            case PurchaseSubscription purchase -> new CommandOutcome.Created.Subscription(created);
            case GrantGdap grant -> new CommandOutcome.Created.GdapRelationship(created);
            default -> throw new IllegalStateException("A " + command.getClass().getSimpleName()
                    + " created nothing, yet its recorded answer names " + created);
        };
    }
}
