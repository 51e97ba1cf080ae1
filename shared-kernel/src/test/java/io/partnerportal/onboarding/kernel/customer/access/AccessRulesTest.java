package io.partnerportal.onboarding.kernel.customer.access;

import io.partnerportal.onboarding.kernel.customer.access.AccessRules.Relationship;
import io.partnerportal.onboarding.kernel.customer.access.AccessRules.Scope;
import io.partnerportal.onboarding.kernel.customer.access.AccessRules.Verdict;
import io.partnerportal.onboarding.kernel.identity.Caller;
import io.partnerportal.onboarding.kernel.identity.PartnerKind;
import io.partnerportal.onboarding.kernel.identity.Role;
import io.partnerportal.onboarding.kernel.rejection.CustomerNotFoundException;
import io.partnerportal.onboarding.kernel.rejection.NotPermittedException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The access table, read as a table: a role, an action, how the caller's partner stands to the customer
 * (OWNER, ASSOCIATED_RESELLER, NONE), and the verdict: ALLOWED, FORBIDDEN (403) or HIDDEN (404).
 */
@DisplayName("Who may do what to a customer")
class AccessRulesTest {

    private static Caller partnerStaff(Role role) {
        return new Caller("someone", "P-1", PartnerKind.DIRECT_BILL, Set.of(role));
    }

    private static Caller platformStaff(Role role) {
        return new Caller("someone", null, null, Set.of(role));
    }

    @ParameterizedTest(name = "{0} {1} of a customer it stands to as {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            GLOBAL_ADMIN          | CHANGE_BILLING_INFO    | OWNER               | ALLOWED
            GLOBAL_ADMIN          | CHANGE_BILLING_INFO    | ASSOCIATED_RESELLER | FORBIDDEN
            GLOBAL_ADMIN          | CHANGE_BILLING_INFO    | NONE                | HIDDEN
            GLOBAL_ADMIN          | DECIDE_VERIFICATION    | OWNER               | FORBIDDEN
            GLOBAL_ADMIN          | READ_CUSTOMER          | ASSOCIATED_RESELLER | ALLOWED
            ADMIN_AGENT           | GRANT_GDAP             | OWNER               | ALLOWED
            ADMIN_AGENT           | MANAGE_COST_MANAGEMENT | OWNER               | ALLOWED
            ADMIN_AGENT           | MANAGE_SUBSCRIPTIONS   | NONE                | HIDDEN
            USER_MANAGEMENT_ADMIN | CONFIRM_MCA            | OWNER               | FORBIDDEN
            USER_MANAGEMENT_ADMIN | READ_CUSTOMER          | OWNER               | ALLOWED
            SALES_AGENT           | CONFIRM_MCA            | OWNER               | ALLOWED
            SALES_AGENT           | MANAGE_SUBSCRIPTIONS   | OWNER               | ALLOWED
            SALES_AGENT           | GRANT_GDAP             | OWNER               | FORBIDDEN
            SALES_AGENT           | CHANGE_BILLING_INFO    | OWNER               | FORBIDDEN
            SALES_AGENT           | MANAGE_COST_MANAGEMENT | OWNER               | FORBIDDEN
            INDIRECT_RESELLER     | READ_CUSTOMER          | ASSOCIATED_RESELLER | ALLOWED
            INDIRECT_RESELLER     | READ_CUSTOMER          | NONE                | HIDDEN
            INDIRECT_RESELLER     | MANAGE_SUBSCRIPTIONS   | ASSOCIATED_RESELLER | FORBIDDEN
            INDIRECT_RESELLER     | CHANGE_BILLING_INFO    | ASSOCIATED_RESELLER | FORBIDDEN
            """)
    void partnerStaffActOnTheirOwnCustomers(Role role, CustomerAction action, Relationship relationship, Verdict verdict) {
        assertThat(AccessRules.verdict(partnerStaff(role), action, relationship)).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "{0} {1} of any customer: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            VERIFICATION_OFFICER | DECIDE_VERIFICATION  | ALLOWED
            VERIFICATION_OFFICER | READ_CUSTOMER        | ALLOWED
            VERIFICATION_OFFICER | CONFIRM_MCA          | FORBIDDEN
            VERIFICATION_OFFICER | CHANGE_BILLING_INFO  | FORBIDDEN
            AUDITOR              | READ_CUSTOMER        | ALLOWED
            AUDITOR              | DECIDE_VERIFICATION  | FORBIDDEN
            AUDITOR              | MANAGE_SUBSCRIPTIONS | FORBIDDEN
            OPERATOR             | READ_CUSTOMER        | HIDDEN
            OPERATOR             | DECIDE_VERIFICATION  | HIDDEN
            """)
    void platformStaffActAcrossPartners(Role role, CustomerAction action, Verdict verdict) {
        assertThat(AccessRules.verdict(platformStaff(role), action, Relationship.NONE)).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            GLOBAL_ADMIN          | ADD_CUSTOMER            | ALLOWED
            USER_MANAGEMENT_ADMIN | ADD_CUSTOMER            | ALLOWED
            ADMIN_AGENT           | ADD_CUSTOMER            | ALLOWED
            SALES_AGENT           | ADD_CUSTOMER            | ALLOWED
            INDIRECT_RESELLER     | ADD_CUSTOMER            | FORBIDDEN
            INDIRECT_RESELLER     | REQUEST_RELATIONSHIP    | ALLOWED
            SALES_AGENT           | LIST_CUSTOMERS          | ALLOWED
            SALES_AGENT           | READ_VERIFICATION_QUEUE | FORBIDDEN
            SALES_AGENT           | READ_EVENT_FEED         | ALLOWED
            INDIRECT_RESELLER     | READ_EVENT_FEED         | ALLOWED
            """)
    void partnerStaffWithoutACustomer(Role role, CustomerAction action, Verdict verdict) {
        assertThat(AccessRules.verdict(partnerStaff(role), action)).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            VERIFICATION_OFFICER | LIST_CUSTOMERS          | ALLOWED
            VERIFICATION_OFFICER | READ_VERIFICATION_QUEUE | ALLOWED
            AUDITOR              | READ_VERIFICATION_QUEUE | ALLOWED
            AUDITOR              | ADD_CUSTOMER            | FORBIDDEN
            OPERATOR             | LIST_CUSTOMERS          | FORBIDDEN
            OPERATOR             | READ_VERIFICATION_QUEUE | FORBIDDEN
            OPERATOR             | READ_EVENT_FEED         | ALLOWED
            AUDITOR              | READ_EVENT_FEED         | ALLOWED
            VERIFICATION_OFFICER | READ_EVENT_FEED         | FORBIDDEN
            """)
    void platformStaffWithoutACustomer(Role role, CustomerAction action, Verdict verdict) {
        assertThat(AccessRules.verdict(platformStaff(role), action)).isEqualTo(verdict);
    }

    @Test
    @DisplayName("a partner role without a partner grants nothing a partner does")
    void partnerRoleWithoutPartner() {
        assertThat(AccessRules.verdict(platformStaff(Role.GLOBAL_ADMIN), CustomerAction.ADD_CUSTOMER)).isEqualTo(Verdict.FORBIDDEN);
        assertThat(AccessRules.verdict(platformStaff(Role.GLOBAL_ADMIN), CustomerAction.READ_CUSTOMER, Relationship.NONE))
                .isEqualTo(Verdict.HIDDEN);
    }

    @Nested
    @DisplayName("the table as it is shown to people")
    class Grants {

        @Test
        @DisplayName("names each role that may do an action and the customers it may do it to")
        void grantsOfAnAction() {
            assertThat(AccessRules.grants(CustomerAction.CONFIRM_MCA)).containsExactly(
                    Map.entry(Role.GLOBAL_ADMIN, Scope.OWN_CUSTOMERS), Map.entry(Role.ADMIN_AGENT, Scope.OWN_CUSTOMERS),
                    Map.entry(Role.SALES_AGENT, Scope.OWN_CUSTOMERS));
            assertThat(AccessRules.grants(CustomerAction.READ_EVENT_FEED)).containsEntry(Role.INDIRECT_RESELLER, Scope.AS_PARTNER)
                    .containsEntry(Role.OPERATOR, Scope.ANY_CUSTOMER).doesNotContainKey(Role.VERIFICATION_OFFICER);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(CustomerAction.class)
        @DisplayName("says of every action exactly what the verdicts decide, role by role")
        void grantsAgreeWithVerdicts(CustomerAction action) {
            for (Role role : Role.values()) {
                Caller caller = role.isPlatformRole() ? platformStaff(role) : partnerStaff(role);
                Scope scope = AccessRules.grants(action).get(role);
                Relationship closest = action.onOneCustomer() ? Relationship.OWNER : Relationship.NONE;
                boolean allowed = action.onOneCustomer()
                        ? AccessRules.verdict(caller, action, closest) == Verdict.ALLOWED
                        : AccessRules.verdict(caller, action) == Verdict.ALLOWED;
                assertThat(scope != null).as("%s may %s", role, action).isEqualTo(allowed);
                if (scope == Scope.OWN_CUSTOMERS) {
                    assertThat(AccessRules.verdict(caller, action, Relationship.ASSOCIATED_RESELLER))
                            .as("%s %s for an associated reseller's customer", role, action).isNotEqualTo(Verdict.ALLOWED);
                }
            }
        }
    }

    @Nested
    @DisplayName("the relationship of a caller to a customer of partner P-2000 associated with reseller P-2100")
    class Relationships {

        @Test
        @DisplayName("is OWNER for P-2000's staff, ASSOCIATED_RESELLER for P-2100's, NONE for anyone else")
        void relationships() {
            var ivan = new Caller("ivan", "P-2000", PartnerKind.INDIRECT_PROVIDER, Set.of(Role.ADMIN_AGENT));
            var rita = new Caller("rita", "P-2100", PartnerKind.INDIRECT_RESELLER, Set.of(Role.INDIRECT_RESELLER));
            var gina = new Caller("gina", "P-1000", PartnerKind.DIRECT_BILL, Set.of(Role.GLOBAL_ADMIN));
            var vera = new Caller("vera", null, null, Set.of(Role.VERIFICATION_OFFICER));
            assertThat(AccessRules.relationship(ivan, "P-2000", "P-2100")).isEqualTo(Relationship.OWNER);
            assertThat(AccessRules.relationship(rita, "P-2000", "P-2100")).isEqualTo(Relationship.ASSOCIATED_RESELLER);
            assertThat(AccessRules.relationship(gina, "P-2000", "P-2100")).isEqualTo(Relationship.NONE);
            assertThat(AccessRules.relationship(vera, "P-2000", "P-2100")).isEqualTo(Relationship.NONE);
        }
    }

    @Nested
    @DisplayName("refusals")
    class Refusals {

        @Test
        @DisplayName("hide a customer the caller may not read, and name the roles an action needs")
        void refusals() {
            var gina = new Caller("gina", "P-1000", PartnerKind.DIRECT_BILL, Set.of(Role.SALES_AGENT));
            assertThatThrownBy(() -> AccessRules.require(gina, CustomerAction.GRANT_GDAP, "c-1", "P-2000", null))
                    .isInstanceOf(CustomerNotFoundException.class);
            assertThatThrownBy(() -> AccessRules.require(gina, CustomerAction.GRANT_GDAP, "c-1", "P-1000", null))
                    .isInstanceOf(NotPermittedException.class)
                    .hasMessage("Your roles do not allow granting GDAP for this customer; it needs one of the roles "
                            + "GLOBAL_ADMIN, ADMIN_AGENT of the customer's own partner.");
        }

        @Test
        @DisplayName("point an indirect reseller who adds a customer to a relationship request")
        void resellerAdvice() {
            var rita = new Caller("rita", "P-2100", PartnerKind.INDIRECT_RESELLER, Set.of(Role.INDIRECT_RESELLER));
            assertThatThrownBy(() -> AccessRules.require(rita, CustomerAction.ADD_CUSTOMER))
                    .isInstanceOf(NotPermittedException.class)
                    .hasMessageContaining("POST /api/relationship-requests");
        }
    }
}
