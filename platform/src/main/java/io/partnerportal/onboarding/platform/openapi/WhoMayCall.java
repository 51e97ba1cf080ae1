package io.partnerportal.onboarding.platform.openapi;

import io.partnerportal.onboarding.kernel.customer.access.AccessRules;
import io.partnerportal.onboarding.kernel.customer.access.AccessRules.Relationship;
import io.partnerportal.onboarding.kernel.customer.access.AccessRules.Scope;
import io.partnerportal.onboarding.kernel.customer.access.CustomerAction;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.identity.PartnerKind;
import io.partnerportal.onboarding.kernel.identity.Role;
import io.partnerportal.onboarding.kernel.rejection.NotPermittedException;
import io.partnerportal.onboarding.platform.web.Problem;
import io.partnerportal.onboarding.platform.web.ProblemExceptionHandler;
import io.swagger.v3.oas.models.Operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may call an endpoint, told to the people who read the API's documentation: the roles ({@code x-roles}),
 * a sentence saying on which customers each may act, and the refusals that follow — a 404 for a customer the
 * caller may not see, a 403 (with the very sentence the access table answers) for one it sees but may not change.
 * Everything is read from {@link AccessRules}, so the documentation cannot tell another story than the table.
 */
record WhoMayCall(List<Role> roles, String action, String sentence, boolean hidesCustomers, Optional<Problem> forbidden) {

    static final String ROLES = "x-roles";
    static final String ACTION = "x-customer-action";

    /** The endpoint performs {@code action} of the access table. */
    static WhoMayCall performing(CustomerAction action) {
        Map<Role, Scope> grants = AccessRules.grants(action);
        var byScope = new LinkedHashMap<Scope, List<Role>>();
        grants.forEach((role, scope) -> byScope.computeIfAbsent(scope, key -> new ArrayList<>()).add(role));
        var groups = new ArrayList<String>();
        byScope.forEach((scope, roles) -> groups.add(names(roles) + " " + phrase(scope, action)));
        Optional<Problem> forbidden = forbiddenExample(action);
        String refusals = action.onOneCustomer()
                ? " A caller who may not see the customer gets 404 `CUSTOMER_NOT_FOUND`, as if it did not exist"
                        + (forbidden.isPresent() ? "; one who sees it without such a role gets 403 `FORBIDDEN`." : ".")
                : " Anyone else gets 403 `FORBIDDEN`.";
        return new WhoMayCall(List.copyOf(grants.keySet()), action.name(),
                "**Who may call it:** " + String.join("; ", groups) + "." + refusals, action.onOneCustomer(), forbidden);
    }

    static WhoMayCall anySignedInCaller() {
        return new WhoMayCall(List.of(Role.values()), null, "**Who may call it:** any signed-in caller, whatever its roles.",
                false, Optional.empty());
    }

    /** Paths the security configuration admits operators alone to (rather than the access table). */
    static WhoMayCall operatorsOnly() {
        return new WhoMayCall(List.of(Role.OPERATOR), null, "**Who may call it:** OPERATOR, who runs the projections. "
                + "Anyone else gets 403 `FORBIDDEN`.", false, Optional.of(KnownProblems.of("FORBIDDEN").example()));
    }

    /** Writes the roles, the action and the sentence into the operation; answers the problem codes that follow. */
    List<String> describe(Operation operation) {
        operation.addExtension(ROLES, roles.stream().map(Enum::name).toList());
        if (action != null) {
            operation.addExtension(ACTION, action);
        }
        operation.setDescription(operation.getDescription() == null || operation.getDescription().isBlank() ? sentence
                : operation.getDescription().strip() + "\n\n" + sentence);
        var codes = new ArrayList<String>();
        if (hidesCustomers) {
            codes.add("CUSTOMER_NOT_FOUND");
        }
        forbidden.ifPresent(problem -> codes.add("FORBIDDEN"));
        return codes;
    }

    private static String phrase(Scope scope, CustomerAction action) {
        return switch (scope) {
            case OWN_CUSTOMERS -> "of the customer's own partner";
            case OWN_OR_ASSOCIATED_CUSTOMERS -> "of the customer's own partner or of the reseller it is associated with";
            case ANY_CUSTOMER -> action.onOneCustomer() ? "for any customer" : "across every partner";
            case AS_PARTNER -> "of a partner, acting for that partner";
        };
    }

    private static String names(List<Role> roles) {
        List<String> names = roles.stream().map(Enum::name).toList();
        return names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    /**
     * The 403 the table answers for {@code action}, as a caller with one role gets it: the first role, in the
     * table's order, that may see the customer (or, for an action on no customer, act at all) but not do this.
     * Empty when no caller can get one (reading a customer: whoever may not read it is not told it exists).
     */
    private static Optional<Problem> forbiddenExample(CustomerAction action) {
        for (Role role : Role.values()) {
            Caller caller = role.isPlatformRole() ? new Caller("example", null, null, Set.of(role))
                    : new Caller("example", "P-1000", role == Role.INDIRECT_RESELLER ? PartnerKind.INDIRECT_RESELLER
                            : PartnerKind.DIRECT_BILL, Set.of(role));
            List<Relationship> relationships = action.onOneCustomer()
                    ? List.of(Relationship.OWNER, Relationship.ASSOCIATED_RESELLER) : List.of(Relationship.NONE);
            for (Relationship relationship : relationships) {
                boolean forbidden = action.onOneCustomer()
                        ? AccessRules.verdict(caller, action, relationship) == AccessRules.Verdict.FORBIDDEN
                        : AccessRules.verdict(caller, action) == AccessRules.Verdict.FORBIDDEN;
                if (forbidden) {
                    return Optional.of(refusal(caller, action, relationship));
                }
            }
        }
        return Optional.empty();
    }

    private static Problem refusal(Caller caller, CustomerAction action, Relationship relationship) {
        try {
            if (action.onOneCustomer()) {
                boolean owner = relationship == Relationship.OWNER;
                AccessRules.require(caller, action, KnownProblems.EXAMPLE_CUSTOMER_ID, owner ? caller.partnerId() : "P-2000",
                        owner ? null : caller.partnerId());
            } else {
                AccessRules.require(caller, action);
            }
        } catch (NotPermittedException refused) {
            return ProblemExceptionHandler.problemFor(refused);
        }
        throw new IllegalStateException("The access table let " + caller.roles() + " do " + action + " after all");
    }
}
