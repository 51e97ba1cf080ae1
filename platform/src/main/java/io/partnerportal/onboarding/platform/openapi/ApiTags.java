package io.partnerportal.onboarding.platform.openapi;

import io.swagger.v3.oas.models.tags.Tag;

import java.util.List;

/**
 * The resources the API is grouped by, in the order a partner meets them. Endpoints name their tag by these
 * constants ({@code @Tag(name = ApiTags.CUSTOMERS)}); the descriptions are given once, here.
 */
public final class ApiTags {

    public static final String CUSTOMERS = "Customers";
    public static final String MCA = "MCA acceptance";
    public static final String GDAP = "GDAP relationships";
    public static final String VERIFICATION = "Verification";
    public static final String COST_MANAGEMENT = "Cost management";
    public static final String SUBSCRIPTIONS = "Subscriptions";
    public static final String RELATIONSHIP_REQUESTS = "Relationship requests";
    public static final String EVENT_FEED = "Event feed";
    public static final String AUDIT_LOG = "Audit log";
    public static final String PROJECTIONS = "Projections";

    private ApiTags() {
    }

    static List<Tag> all() {
        return List.of(
                tag(CUSTOMERS, "A partner adds a customer and keeps its billing profile current; anyone who may see it "
                        + "reads its view, its history and live updates. Every write answers the customer's new "
                        + "`version` (also its `ETag`); a read with `minVersion` waits until the read side has it."),
                tag(MCA, "The customer's acceptance of the Microsoft Customer Agreement, which purchases and cost "
                        + "management need."),
                tag(GDAP, "Granular delegated admin relationships between the partner and the customer."),
                tag(VERIFICATION, "The platform's verification of new customers: the queue, and approving or rejecting. "
                        + "Purchases wait for `APPROVED`; any billing change sends a decided customer back to `PENDING`."),
                tag(COST_MANAGEMENT, "Whether the partner manages the customer's Azure costs; enabling it needs the MCA."),
                tag(SUBSCRIPTIONS, "Buying and managing the customer's subscriptions, and what may be done with them now "
                        + "(purchase eligibility), decided by the same verification policy."),
                tag(RELATIONSHIP_REQUESTS, "A partner asks to work with a customer that is on the platform already. "
                        + "The answer is the same whether or not the customer exists, and never names its id."),
                tag(EVENT_FEED, "Every event of every customer in one gap-free order (`position`), as CloudEvents 1.0 "
                        + "entries: pages, a live stream that resumes where a client stopped, and each type's JSON Schema. "
                        + "A partner's staff see their own customers' entries only."),
                tag(AUDIT_LOG, "The feed as a verifiable log (RFC 9162): signed checkpoints, inclusion and consistency "
                        + "proofs, the export whose lines are the tree's leaves, the history across customers, and a "
                        + "check of the log against the event store."),
                tag(PROJECTIONS, "For operators: how far each read model is, replays, parked dead letters, and a check "
                        + "of the customer views against the event store."));
    }

    private static Tag tag(String name, String description) {
        return new Tag().name(name).description(description);
    }
}
