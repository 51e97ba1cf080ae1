package io.partnerportal.onboarding.query.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import io.partnerportal.onboarding.kernel.customer.view.CustomerView;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Customer views in MongoDB, one document per customer keyed by its id, written as the view's JSON so
 * that the stored document reads exactly like the API's answer.
 */
@Repository
public class CustomerViewRepository {

    static final String COLLECTION = "customer_views";

    private final MongoCollection<Document> views;
    private final ObjectMapper json;

    public CustomerViewRepository(MongoDatabase database, ObjectMapper json) {
        this.views = database.getCollection(COLLECTION);
        this.json = json;
        declareIndexes();
    }

    /** The indexes a real MongoDB needs for the list and tenant queries (the embedded server ignores them). */
    private void declareIndexes() {
        views.createIndex(Indexes.ascending("partnerId", "companyName"), new IndexOptions().name("by_partner"));
        views.createIndex(Indexes.ascending("associatedResellerId", "companyName"),
                new IndexOptions().name("by_reseller").sparse(true));
        views.createIndex(Indexes.ascending("verificationStatus", "companyName"), new IndexOptions().name("by_status"));
    }

    public Optional<CustomerView> find(String customerId) {
        return Optional.ofNullable(views.find(Filters.eq("_id", customerId)).first()).map(this::toView);
    }

    /** The criteria of a page of the customer list. */
    public record ListCriteria(String visibleToPartner, String status, String country, String text, int page, int size) {
    }

    public record Page(List<CustomerView> items, long total) {
    }

    /**
     * A page of customers, ordered by company name and then id so that paging is stable.
     * {@code visibleToPartner} null means every customer (verification officers, auditors).
     */
    public Page list(ListCriteria criteria) {
        var filters = new ArrayList<Bson>();
        if (criteria.visibleToPartner() != null) {
            filters.add(Filters.or(Filters.eq("partnerId", criteria.visibleToPartner()),
                    Filters.eq("associatedResellerId", criteria.visibleToPartner())));
        }
        if (criteria.status() != null) {
            filters.add(Filters.eq("verificationStatus", criteria.status()));
        }
        if (criteria.country() != null) {
            filters.add(Filters.eq("address.country", criteria.country()));
        }
        if (criteria.text() != null) {
            Pattern contains = Pattern.compile(Pattern.quote(criteria.text()), Pattern.CASE_INSENSITIVE);
            filters.add(Filters.or(Filters.regex("companyName", contains), Filters.regex("domainPrefix", contains)));
        }
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        List<CustomerView> items = views.find(filter)
                .sort(Sorts.ascending("companyName", "_id"))
                .skip(criteria.page() * criteria.size())
                .limit(criteria.size())
                .map(this::toView)
                .into(new ArrayList<>());
        return new Page(items, views.countDocuments(filter));
    }

    /** Every customer awaiting verification (the queue is short-lived: its size is the desk's backlog). */
    public List<CustomerView> pendingVerification() {
        return views.find(Filters.eq("verificationStatus", "PENDING")).map(this::toView).into(new ArrayList<>());
    }

    /** Writes each view in place of its customer's document, all in one bulk write. */
    public void saveAll(Collection<CustomerView> changed) {
        if (changed.isEmpty()) {
            return;
        }
        var replacements = new ArrayList<ReplaceOneModel<Document>>(changed.size());
        for (CustomerView view : changed) {
            var document = Document.parse(toJson(view)).append("_id", view.customerId());
            replacements.add(new ReplaceOneModel<>(Filters.eq("_id", view.customerId()), document,
                    new ReplaceOptions().upsert(true)));
        }
        // Unordered: each document is one customer's, so no write depends on another's.
        views.bulkWrite(replacements, new BulkWriteOptions().ordered(false));
    }

    private CustomerView toView(Document document) {
        document.remove("_id");
        try {
            return json.readValue(document.toJson(), CustomerView.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Unreadable customer view " + document.get("customerId"), e);
        }
    }

    private String toJson(CustomerView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
