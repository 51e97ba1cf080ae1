package io.partnerportal.onboarding.query.relationship;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import io.partnerportal.onboarding.kernel.relationship.RelationshipRequests.Status;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Relationship requests as their requesters and platform staff read them, one document per request, in
 * MongoDB beside the other read models. Never joined with a customer's view: a customer's owner does not
 * see who asked to work with it.
 */
@Repository
public class RelationshipRequestViews {

    private final MongoCollection<Document> requests;

    RelationshipRequestViews(MongoDatabase database) {
        this.requests = database.getCollection("relationship_requests");
        requests.createIndex(Indexes.ascending("requesterPartnerId", "requestedAt"), new IndexOptions().name("by_requester"));
    }

    /**
     * One request. {@code customer} is the customer as the requester named it; {@code foundCustomerId} is the
     * customer found for it, for platform staff only (null when none was).
     */
    public record RelationshipRequestView(String requestId, String requesterPartnerId, String requestedBy, Status status,
                                          String invitationUrl, Instant requestedAt, NamedCustomer customer,
                                          String foundCustomerId) {

        /** What the requester may see: its request, without the customer found for it. */
        public RelationshipRequestView asSeenByRequester() {
            return new RelationshipRequestView(requestId, requesterPartnerId, requestedBy, status, invitationUrl,
                    requestedAt, customer, null);
        }
    }

    /** The customer as the requester named it: by its id or by its domain prefix. */
    public record NamedCustomer(String customerId, String domainPrefix) {
    }

    public record Page(List<RelationshipRequestView> items, long total) {
    }

    void save(RelationshipRequestView view) {
        requests.replaceOne(Filters.eq("_id", view.requestId()), new Document("_id", view.requestId())
                .append("requesterPartnerId", view.requesterPartnerId()).append("requestedBy", view.requestedBy())
                .append("status", view.status().name()).append("invitationUrl", view.invitationUrl())
                .append("requestedAt", Date.from(view.requestedAt()))
                .append("customerId", view.customer().customerId()).append("domainPrefix", view.customer().domainPrefix())
                .append("foundCustomerId", view.foundCustomerId()), new ReplaceOptions().upsert(true));
    }

    public Optional<RelationshipRequestView> find(String requestId) {
        return Optional.ofNullable(requests.find(Filters.eq("_id", requestId)).first()).map(RelationshipRequestViews::view);
    }

    /** The requests of one requesting partner, or of every partner when {@code requesterPartnerId} is null; newest first. */
    public Page page(String requesterPartnerId, int page, int size) {
        Bson filter = requesterPartnerId == null ? new Document() : Filters.eq("requesterPartnerId", requesterPartnerId);
        List<RelationshipRequestView> items = requests.find(filter).sort(Sorts.descending("requestedAt"))
                .skip(page * size).limit(size).map(RelationshipRequestViews::view).into(new ArrayList<>());
        return new Page(items, requests.countDocuments(filter));
    }

    private static RelationshipRequestView view(Document document) {
        return new RelationshipRequestView(document.getString("_id"), document.getString("requesterPartnerId"),
                document.getString("requestedBy"), Status.valueOf(document.getString("status")),
                document.getString("invitationUrl"), document.getDate("requestedAt").toInstant(),
                new NamedCustomer(document.getString("customerId"), document.getString("domainPrefix")),
                document.getString("foundCustomerId"));
    }
}
