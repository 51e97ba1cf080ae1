package io.partnerportal.onboarding.platform.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerportal.onboarding.kernel.customer.event.DefaultGdapCreated;
import io.partnerportal.onboarding.kernel.customer.event.GdapGranted;
import io.partnerportal.onboarding.kernel.customer.gdap.DirectoryRole;
import io.partnerportal.onboarding.kernel.customer.gdap.GdapRelationship;
import io.partnerportal.onboarding.kernel.customer.gdap.SecurityGroupAccess;
import io.partnerportal.onboarding.kernel.customer.gdap.UnifiedRole;
import io.partnerportal.onboarding.kernel.relationship.RelationshipRequestOpened;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log's integrity check writes every event's feed entry again from the JSON the event store holds,
 * in whichever process runs it, and compares the bytes with the ones it hashed when the event was new.
 */
@DisplayName("Stored JSON")
class StoredJsonTest {

    private final ObjectMapper json = StoredJsonConfiguration.newMapper();

    /** Stored by the backend before events carried the roles' Entra definitions (revision 1, 2026-12-02). */
    private static final String DEFAULT_GDAP_CREATED = """
            {"customerId":"b80e06b0-bb66-45de-b25e-d7375f5a221f","relationship":{"relationshipId":"99850d46-b0a8-44e9-bf95-c582d4c5a3a7",\
            "displayName":"Default relationship","durationDays":730,"roles":["HELPDESK_ADMINISTRATOR","LICENSE_ADMINISTRATOR",\
            "DIRECTORY_READERS","PRIVILEGED_AUTHENTICATION_ADMINISTRATOR","USER_ADMINISTRATOR","DIRECTORY_WRITERS",\
            "PRIVILEGED_ROLE_ADMINISTRATOR","SERVICE_SUPPORT_ADMINISTRATOR"],"autoExtend":false,"securityGroups":[]}}""";
    private static final String GDAP_GRANTED = """
            {"customerId":"b80e06b0-bb66-45de-b25e-d7375f5a221f","partnerId":"P-1000","relationship":{"relationshipId":\
            "aeb0ef41-b050-44a7-b54e-afea84116406","displayName":"Helpdesk","durationDays":365,"roles":["HELPDESK_ADMINISTRATOR",\
            "USER_ADMINISTRATOR"],"autoExtend":true,"securityGroups":[{"groupId":"sg-1","roles":["HELPDESK_ADMINISTRATOR"]}]}}""";

    @Test
    @DisplayName("writes a GDAP event stored before roles carried their definitions again in the very bytes it was stored in")
    void oldGdapEventsAreWrittenAsStored() throws Exception {
        assertThat(json.writeValueAsString(json.readValue(DEFAULT_GDAP_CREATED, DefaultGdapCreated.class)))
                .isEqualTo(DEFAULT_GDAP_CREATED);
        assertThat(json.writeValueAsString(json.readValue(GDAP_GRANTED, GdapGranted.class))).isEqualTo(GDAP_GRANTED);
    }

    @Test
    @DisplayName("keeps the order roles were stored in, whichever it is: a set is not read back in another order")
    void rolesKeepTheirStoredOrder() throws Exception {
        // Two orders of the same eight roles: a set that forgot the stored order could match at most one.
        var roles = List.copyOf(DirectoryRole.DEFAULT_RELATIONSHIP);
        for (var order : List.of(roles, roles.reversed())) {
            String stored = json.writeValueAsString(new GdapGranted("c-1", "P-1000", new GdapRelationship("r-1",
                    "Everything", 730, new LinkedHashSet<>(order), false,
                    List.of(new SecurityGroupAccess("sg-1", new LinkedHashSet<>(order.reversed()))))));

            assertThat(json.writeValueAsString(json.readValue(stored, GdapGranted.class))).isEqualTo(stored);
            assertThat(json.readTree(stored).at("/relationship/roles/0").asText()).isEqualTo(order.getFirst().name());
        }
    }

    @Test
    @DisplayName("reads a relationship request opened before it recorded whether the customer was found, and writes it as stored")
    void oldRelationshipRequestsAreWrittenAsStored() throws Exception {
        String stored = "{\"requestId\":\"rr-1\",\"requesterPartnerId\":\"P-2100\",\"requestedBy\":\"rita\","
                + "\"customerId\":\"c-1\",\"domainPrefix\":null,\"invitationUrl\":\"https://invite.test/P-2100/1\"}";

        var opened = json.readValue(stored, RelationshipRequestOpened.class);

        assertThat(json.writeValueAsString(opened)).isEqualTo(stored);
        assertThat(opened.foundCustomerId()).as("shown as found, as it was then").isEqualTo("c-1");
        assertThat(json.readValue(stored.replace("}", ",\"customerFound\":false}"), RelationshipRequestOpened.class)
                .foundCustomerId()).isNull();
    }

    @Test
    @DisplayName("writes the definitions a role was recorded with, even when Microsoft has renamed it since")
    void recordedDefinitionsAreKept() throws Exception {
        String renamed = GDAP_GRANTED.replace("\"autoExtend\":true", "\"autoExtend\":true,\"unifiedRoles\":["
                + "{\"roleDefinitionId\":\"729827e3-9c14-49f7-bb1b-9608f156bbb8\",\"displayName\":\"Password Administrator\"},"
                + "{\"roleDefinitionId\":\"fe930be7-5e62-47db-91af-98c3a49a38b1\",\"displayName\":\"User Administrator\"}]");

        GdapGranted read = json.readValue(renamed, GdapGranted.class);

        assertThat(read.relationship().unifiedRoles().getFirst())
                .isEqualTo(new UnifiedRole("729827e3-9c14-49f7-bb1b-9608f156bbb8", "Password Administrator"));
        assertThat(json.readTree(json.writeValueAsString(read))).isEqualTo(json.readTree(renamed));
    }
}
