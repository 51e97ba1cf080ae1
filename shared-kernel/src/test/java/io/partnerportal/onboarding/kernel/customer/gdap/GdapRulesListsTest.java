package io.partnerportal.onboarding.kernel.customer.gdap;

import io.partnerportal.onboarding.kernel.customer.gdap.GdapRules.SecurityGroup;
import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static io.partnerportal.onboarding.kernel.customer.gdap.DirectoryRole.GLOBAL_READER;
import static io.partnerportal.onboarding.kernel.customer.gdap.DirectoryRole.HELPDESK_ADMINISTRATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@DisplayName("The lists of a GDAP grant, as the partner sent them")
class GdapRulesListsTest {

    @Test
    @DisplayName("distinct roles and security groups break no rule, and missing lists are left to the grant's rules")
    void wellFormedLists() {
        assertThat(GdapRules.listViolations(List.of(GLOBAL_READER, HELPDESK_ADMINISTRATOR),
                List.of(new SecurityGroup("sg-1", List.of(GLOBAL_READER)), new SecurityGroup("sg-2", null))))
                .isEmpty();
        assertThat(GdapRules.listViolations(null, null)).isEmpty();
    }

    @Test
    @DisplayName("a null role, security group or security group role is NULL_ITEM, named by its index")
    void nullItems() {
        var violations = GdapRules.listViolations(Arrays.asList(GLOBAL_READER, null),
                Arrays.asList(null, new SecurityGroup("sg-1", Arrays.asList((DirectoryRole) null))));

        assertThat(violations).extracting(Violation::field, Violation::code).containsExactly(
                tuple("roles[1]", "NULL_ITEM"),
                tuple("securityGroups[0]", "NULL_ITEM"),
                tuple("securityGroups[1].roles[0]", "NULL_ITEM"));
        assertThat(violations.getFirst().message()).isEqualTo("roles[1] must be a directory role, not null");
    }

    @Test
    @DisplayName("a role named twice is DUPLICATE_ITEM at its second place, pointing to the first")
    void duplicateRole() {
        assertThat(GdapRules.listViolations(List.of(GLOBAL_READER, HELPDESK_ADMINISTRATOR, GLOBAL_READER), null))
                .containsExactly(new Violation("roles[2]", "DUPLICATE_ITEM", "roles[2] repeats the directory role "
                        + "GLOBAL_READER of roles[0]; name each directory role once"));
    }

    @Test
    @DisplayName("two entries for one security group are DUPLICATE_ITEM, whatever roles they give")
    void duplicateSecurityGroup() {
        assertThat(GdapRules.listViolations(List.of(GLOBAL_READER), List.of(
                new SecurityGroup("sg-1", List.of(GLOBAL_READER)), new SecurityGroup("sg-1", List.of()))))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("securityGroups[1]", "DUPLICATE_ITEM"));
    }

    @Test
    @DisplayName("ten thousand roles are one TOO_MANY_ITEMS naming the maximum, not ten thousand violations")
    void tooManyRoles() {
        var violations = GdapRules.listViolations(Collections.nCopies(10_000, GLOBAL_READER), null);

        assertThat(violations).containsExactly(new Violation("roles", "TOO_MANY_ITEMS",
                "roles may have at most 20 items, each directory role once, and has 10000"));
    }

    @Test
    @DisplayName("every directory role once is the longest role list, and more than 50 security groups are too many")
    void maximumSizes() {
        assertThat(GdapRules.MAX_ROLES).isEqualTo(DirectoryRole.values().length);
        assertThat(GdapRules.listViolations(List.of(DirectoryRole.values()), null)).isEmpty();
        var groups = IntStream.rangeClosed(0, GdapRules.MAX_SECURITY_GROUPS)
                .mapToObj(i -> new SecurityGroup("sg-" + i, List.of(GLOBAL_READER))).toList();
        assertThat(GdapRules.listViolations(List.of(GLOBAL_READER), groups.subList(0, GdapRules.MAX_SECURITY_GROUPS)))
                .isEmpty();
        assertThat(GdapRules.listViolations(List.of(GLOBAL_READER), groups)).extracting(Violation::code)
                .containsExactly("TOO_MANY_ITEMS");
    }
}
