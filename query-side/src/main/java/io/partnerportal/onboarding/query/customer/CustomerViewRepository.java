package io.partnerportal.onboarding.query.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import io.partnerportal.onboarding.kernel.customer.view.CustomerView;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import java.io.UncheckedIOException;
import java.util.Optional;

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
        views.createIndex(Indexes.ascending("associatedResellerId"),
                new IndexOptions().name("by_reseller").sparse(true));
    }

    public Optional<CustomerView> find(String customerId) {
        return Optional.ofNullable(views.find(Filters.eq("_id", customerId)).first()).map(this::toView);
    }

    public void save(CustomerView view) {
        var document = Document.parse(toJson(view)).append("_id", view.customerId());
        views.replaceOne(Filters.eq("_id", view.customerId()), document, new ReplaceOptions().upsert(true));
    }

    public void deleteAll() {
        views.deleteMany(new Document());
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
