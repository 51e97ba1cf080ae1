package io.partnerportal.onboarding.kernel.customer.access;

import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.identity.Role;
import io.partnerportal.onboarding.kernel.rejection.CustomerNotFoundException;
import io.partnerportal.onboarding.kernel.rejection.NotPermittedException;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.partnerportal.onboarding.kernel.customer.access.AccessRules.Scope.ANY_CUSTOMER;
import static io.partnerportal.onboarding.kernel.customer.access.AccessRules.Scope.AS_PARTNER;
import static io.partnerportal.onboarding.kernel.customer.access.AccessRules.Scope.OWN_CUSTOMERS;
import static io.partnerportal.onboarding.kernel.customer.access.AccessRules.Scope.OWN_OR_ASSOCIATED_CUSTOMERS;
import static io.partnerportal.onboarding.kernel.customer.access.CustomerAction.*;

/**
 * Every access decision of both sides, as one table: which role may do what, on which customers. A
 * partner's staff act on their own partner's customers and read those associated with their partner as
 * its reseller; verification officers and auditors read every customer; operators run projections and read
 * no customer, only the whole event feed. Whoever may not even read a customer must not learn that it exists (404); whoever reads it
 * but may not do the action is told so (403).
 */
public final class AccessRules {

    /** On which customers a role may do an action. */
    public enum Scope {
        /** Every customer of the platform: platform staff. */
        ANY_CUSTOMER,
        /** The customers of the caller's own partner. */
        OWN_CUSTOMERS,
        /** The customers of the caller's partner, and those associated with it as their reseller. */
        OWN_OR_ASSOCIATED_CUSTOMERS,
        /** No customer in particular, as the staff of a partner (adding, listing, requesting). */
        AS_PARTNER
    }

    /** How the caller's partner stands to one customer. */
    public enum Relationship {
        OWNER,
        ASSOCIATED_RESELLER,
        NONE
    }

    /** The answer to "may this caller do this?". */
    public enum Verdict {
        ALLOWED,
        /** The caller may see the customer (or the resource) but its roles do not allow the action: 403. */
        FORBIDDEN,
        /** The caller may not even see the customer: 404, as if it did not exist. */
        HIDDEN
    }

    private static final Map<CustomerAction, Scope> PARTNER_ADMIN = Map.ofEntries(
            Map.entry(ADD_CUSTOMER, AS_PARTNER), Map.entry(CONFIRM_MCA, OWN_CUSTOMERS), Map.entry(GRANT_GDAP, OWN_CUSTOMERS),
            Map.entry(CHANGE_BILLING_INFO, OWN_CUSTOMERS), Map.entry(MANAGE_COST_MANAGEMENT, OWN_CUSTOMERS),
            Map.entry(MANAGE_SUBSCRIPTIONS, OWN_CUSTOMERS), Map.entry(REQUEST_RELATIONSHIP, AS_PARTNER),
            Map.entry(READ_RELATIONSHIP_REQUESTS, AS_PARTNER), Map.entry(READ_CUSTOMER, OWN_OR_ASSOCIATED_CUSTOMERS),
            Map.entry(LIST_CUSTOMERS, AS_PARTNER), Map.entry(READ_EVENT_FEED, AS_PARTNER));

    /** The table. A role missing an action may not do it at all. */
    private static final Map<Role, Map<CustomerAction, Scope>> TABLE = new EnumMap<>(Map.of(
            Role.GLOBAL_ADMIN, PARTNER_ADMIN,
            Role.ADMIN_AGENT, PARTNER_ADMIN,
            Role.USER_MANAGEMENT_ADMIN, Map.of(ADD_CUSTOMER, AS_PARTNER, REQUEST_RELATIONSHIP, AS_PARTNER,
                    READ_RELATIONSHIP_REQUESTS, AS_PARTNER, READ_CUSTOMER, OWN_OR_ASSOCIATED_CUSTOMERS, LIST_CUSTOMERS, AS_PARTNER, READ_EVENT_FEED, AS_PARTNER),
            Role.SALES_AGENT, Map.of(ADD_CUSTOMER, AS_PARTNER, CONFIRM_MCA, OWN_CUSTOMERS, MANAGE_SUBSCRIPTIONS, OWN_CUSTOMERS,
                    REQUEST_RELATIONSHIP, AS_PARTNER, READ_RELATIONSHIP_REQUESTS, AS_PARTNER, READ_CUSTOMER, OWN_OR_ASSOCIATED_CUSTOMERS, LIST_CUSTOMERS, AS_PARTNER,
                    READ_EVENT_FEED, AS_PARTNER),
            Role.INDIRECT_RESELLER, Map.of(REQUEST_RELATIONSHIP, AS_PARTNER, READ_RELATIONSHIP_REQUESTS, AS_PARTNER, READ_CUSTOMER, OWN_OR_ASSOCIATED_CUSTOMERS,
                    LIST_CUSTOMERS, AS_PARTNER, READ_EVENT_FEED, AS_PARTNER),
            Role.VERIFICATION_OFFICER, Map.of(DECIDE_VERIFICATION, ANY_CUSTOMER, READ_CUSTOMER, ANY_CUSTOMER,
                    LIST_CUSTOMERS, ANY_CUSTOMER, READ_VERIFICATION_QUEUE, ANY_CUSTOMER, READ_RELATIONSHIP_REQUESTS, ANY_CUSTOMER),
            Role.AUDITOR, Map.of(READ_CUSTOMER, ANY_CUSTOMER, LIST_CUSTOMERS, ANY_CUSTOMER, READ_VERIFICATION_QUEUE, ANY_CUSTOMER,
                    READ_RELATIONSHIP_REQUESTS, ANY_CUSTOMER,
                    READ_EVENT_FEED, ANY_CUSTOMER, READ_AUDIT_LOG, ANY_CUSTOMER, CHECK_AUDIT_INTEGRITY, ANY_CUSTOMER),
            // Operators read no customer, but the whole event feed: they run what consumes it.
            Role.OPERATOR, Map.of(READ_EVENT_FEED, ANY_CUSTOMER, CHECK_AUDIT_INTEGRITY, ANY_CUSTOMER)));

    private AccessRules() {
    }

    public static Relationship relationship(Caller caller, String ownerPartnerId, String associatedResellerId) {
        if (caller.partnerId() == null) {
            return Relationship.NONE;
        }
        if (caller.partnerId().equals(ownerPartnerId)) {
            return Relationship.OWNER;
        }
        return caller.partnerId().equals(associatedResellerId) ? Relationship.ASSOCIATED_RESELLER : Relationship.NONE;
    }

    /** May {@code caller} do {@code action} to a customer it stands to as {@code relationship}? */
    public static Verdict verdict(Caller caller, CustomerAction action, Relationship relationship) {
        if (action.onOneCustomer() && !grants(caller, READ_CUSTOMER, relationship)) {
            return Verdict.HIDDEN;
        }
        return grants(caller, action, relationship) ? Verdict.ALLOWED : Verdict.FORBIDDEN;
    }

    /** May {@code caller} do {@code action}, which concerns no customer in particular? */
    public static Verdict verdict(Caller caller, CustomerAction action) {
        return grants(caller, action, Relationship.NONE) ? Verdict.ALLOWED : Verdict.FORBIDDEN;
    }

    /** Whether the caller's roles let it do {@code action} to every customer (officers and auditors reading). */
    public static boolean onEveryCustomer(Caller caller, CustomerAction action) {
        return caller.roles().stream().anyMatch(role -> TABLE.get(role).get(action) == ANY_CUSTOMER);
    }

    /** Throws what the HTTP layer answers 404 or 403 unless the caller may do {@code action} to the customer. */
    public static void require(Caller caller, CustomerAction action, String customerId, String ownerPartnerId,
                               String associatedResellerId) {
        switch (verdict(caller, action, relationship(caller, ownerPartnerId, associatedResellerId))) {
            case ALLOWED -> { }
            case HIDDEN -> throw new CustomerNotFoundException(customerId);
            case FORBIDDEN -> throw notPermitted(caller, action);
        }
    }

    /** Throws what the HTTP layer answers 403 unless the caller may do {@code action}. */
    public static void require(Caller caller, CustomerAction action) {
        if (verdict(caller, action) != Verdict.ALLOWED) {
            throw notPermitted(caller, action);
        }
    }

    /** The roles that may do {@code action} at all, in the table's order. */
    public static List<Role> rolesFor(CustomerAction action) {
        return TABLE.entrySet().stream().filter(entry -> entry.getValue().containsKey(action)).map(Map.Entry::getKey).toList();
    }

    /**
     * Each role that may do {@code action}, with the customers it may do it to, in the table's order: the table
     * itself, for whoever must tell people who may do what (the API's documentation) without a copy of it.
     */
    public static Map<Role, Scope> grants(CustomerAction action) {
        var grants = new EnumMap<Role, Scope>(Role.class);
        TABLE.forEach((role, actions) -> {
            if (actions.containsKey(action)) {
                grants.put(role, actions.get(action));
            }
        });
        return Collections.unmodifiableMap(grants);
    }

    private static boolean grants(Caller caller, CustomerAction action, Relationship relationship) {
        return caller.roles().stream()
                .map(role -> TABLE.get(role).get(action))
                .anyMatch(scope -> scope != null && covers(scope, caller, relationship));
    }

    private static boolean covers(Scope scope, Caller caller, Relationship relationship) {
        return switch (scope) {
            case ANY_CUSTOMER -> true;
            case OWN_CUSTOMERS -> relationship == Relationship.OWNER;
            case OWN_OR_ASSOCIATED_CUSTOMERS -> relationship != Relationship.NONE;
            case AS_PARTNER -> caller.isPartnerStaff();
        };
    }

    private static NotPermittedException notPermitted(Caller caller, CustomerAction action) {
        if (action == ADD_CUSTOMER && caller.has(Role.INDIRECT_RESELLER)) {
            return new NotPermittedException("Indirect resellers cannot add customers; request a relationship with the "
                    + "existing customer instead (POST /api/relationship-requests).");
        }
        List<String> roles = rolesFor(action).stream().map(Enum::name).toList();
        boolean asPartner = rolesFor(action).stream().allMatch(role -> TABLE.get(role).get(action) == AS_PARTNER);
        boolean ownersOnly = rolesFor(action).stream().allMatch(role -> TABLE.get(role).get(action) == OWN_CUSTOMERS);
        return new NotPermittedException("Your roles do not allow " + action.description() + (action.onOneCustomer()
                ? " for this customer" : "") + "; it needs one of the roles " + String.join(", ", roles)
                + (ownersOnly ? " of the customer's own partner" : asPartner ? " of a partner" : "") + ".");
    }
}
