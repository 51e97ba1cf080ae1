package io.partnerportal.onboarding.kernel.customer.gdap;

import io.partnerportal.onboarding.kernel.rejection.Violation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The rules of an explicit GDAP grant (domain page, "GDAP"). */
public final class GdapRules {

    /** Each directory role at most once, so a role list can never be longer than there are roles. */
    public static final int MAX_ROLES = DirectoryRole.values().length;
    /** Security groups a relationship assigns roles to: more than a partner organises its staff into. */
    public static final int MAX_SECURITY_GROUPS = 50;

    private GdapRules() {
    }

    /** Every violation of the grant, given the display names the customer's relationships already use. */
    public static List<Violation> violations(GdapRelationship grant, Set<String> displayNamesInUse) {
        var found = new ArrayList<Violation>();
        String name = grant.displayName();
        if (name == null || name.isBlank()) {
            found.add(Violation.required("displayName"));
        } else if (name.strip().length() > GdapRelationship.MAX_DISPLAY_NAME_LENGTH) {
            found.add(new Violation("displayName", "DISPLAY_NAME_LENGTH",
                    "displayName must be at most " + GdapRelationship.MAX_DISPLAY_NAME_LENGTH + " characters"));
        } else if (displayNamesInUse.stream().anyMatch(used -> used.equalsIgnoreCase(name.strip()))) {
            found.add(new Violation("displayName", "DISPLAY_NAME_TAKEN",
                    "displayName '" + name.strip() + "' is already used by a relationship with this customer"));
        }
        if (grant.durationDays() < 1 || grant.durationDays() > GdapRelationship.MAX_DURATION_DAYS) {
            found.add(new Violation("durationDays", "DURATION_RANGE",
                    "durationDays must be from 1 to " + GdapRelationship.MAX_DURATION_DAYS + " (two years)"));
        }
        if (grant.roles().isEmpty()) {
            found.add(new Violation("roles", "ROLES_EMPTY", "roles must name at least one directory role"));
        }
        if (grant.autoExtend() && grant.roles().contains(DirectoryRole.GLOBAL_ADMINISTRATOR)) {
            found.add(new Violation("autoExtend", "AUTO_EXTEND_WITH_GLOBAL_ADMIN",
                    "autoExtend is not allowed when the roles include GLOBAL_ADMINISTRATOR"));
        }
        for (int i = 0; i < grant.securityGroups().size(); i++) {
            securityGroupViolations(found, "securityGroups[" + i + "]", grant.securityGroups().get(i), grant.roles());
        }
        return List.copyOf(found);
    }

    private static void securityGroupViolations(List<Violation> found, String path, SecurityGroupAccess access,
                                                 Set<DirectoryRole> relationshipRoles) {
        if (access == null) {
            found.add(Violation.required(path));
            return;
        }
        if (access.groupId() == null || access.groupId().isBlank()) {
            found.add(Violation.required(path + ".groupId"));
        }
        if (access.roles() == null || access.roles().isEmpty()) {
            found.add(new Violation(path + ".roles", "ROLES_EMPTY", path + ".roles must name at least one role"));
        } else if (!relationshipRoles.containsAll(access.roles())) {
            found.add(new Violation(path + ".roles", "ROLES_NOT_IN_RELATIONSHIP",
                    path + ".roles must be a subset of the relationship's roles"));
        }
    }

    /**
     * The lists of a grant as the partner sent them, before they become sets (which keep their order): no more items than
     * allowed, no empty (null) item, and each role or security group once. A repeated item is refused
     * rather than collapsed: it usually means the sender's mapping is wrong, and collapsing it silently
     * would record something other than what was sent. A missing list is no violation here; the grant's
     * own rules say whether it is required.
     */
    public static List<Violation> listViolations(List<DirectoryRole> roles, List<SecurityGroup> securityGroups) {
        var found = new ArrayList<>(roleListViolations("roles", roles));
        found.addAll(itemViolations("securityGroups", securityGroups, MAX_SECURITY_GROUPS, "security group",
                SecurityGroup::groupId));
        if (securityGroups != null && securityGroups.size() <= MAX_SECURITY_GROUPS) {
            for (int i = 0; i < securityGroups.size(); i++) {
                if (securityGroups.get(i) != null) {
                    found.addAll(roleListViolations("securityGroups[" + i + "].roles", securityGroups.get(i).roles()));
                }
            }
        }
        return List.copyOf(found);
    }

    /** A security group as the partner sent it: its roles still a list, so that a repeated one can be named. */
    public record SecurityGroup(String groupId, List<DirectoryRole> roles) {

        /** The access it grants; for a group whose lists broke no rule of {@link #listViolations}. */
        public SecurityGroupAccess toAccess() {
            return new SecurityGroupAccess(groupId, roles == null ? null : new LinkedHashSet<>(roles));
        }
    }

    private static List<Violation> roleListViolations(String field, List<DirectoryRole> roles) {
        return itemViolations(field, roles, MAX_ROLES, "directory role", Function.identity());
    }

    private static <T> List<Violation> itemViolations(String field, List<T> items, int maxSize, String noun,
                                                      Function<T, ?> identity) {
        if (items == null) {
            return List.of();
        }
        if (items.size() > maxSize) {
            // One violation, not one per item: a list of ten thousand answers in one line.
            return List.of(new Violation(field, "TOO_MANY_ITEMS", field + " may have at most " + maxSize + " items, "
                    + "each " + noun + " once, and has " + items.size()));
        }
        var found = new ArrayList<Violation>();
        var firstIndexOf = new HashMap<Object, Integer>();
        for (int i = 0; i < items.size(); i++) {
            String item = field + "[" + i + "]";
            if (items.get(i) == null) {
                found.add(new Violation(item, "NULL_ITEM", item + " must be a " + noun + ", not null"));
                continue;
            }
            Object key = identity.apply(items.get(i));
            Integer first = key == null ? null : firstIndexOf.putIfAbsent(key, i);
            if (first != null) {
                found.add(new Violation(item, "DUPLICATE_ITEM", item + " repeats the " + noun + " " + key + " of "
                        + field + "[" + first + "]; name each " + noun + " once"));
            }
        }
        return List.copyOf(found);
    }
}
