package io.partnerportal.onboarding.kernel.customer.gdap;

import com.fasterxml.jackson.annotation.JsonAlias;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A directory role")
class DirectoryRoleTest {

    @Test
    @DisplayName("is known by its role-definition id and display name exactly as its aliases say, each unique")
    void aliasesAgree() throws NoSuchFieldException {
        for (DirectoryRole role : DirectoryRole.values()) {
            JsonAlias alias = DirectoryRole.class.getField(role.name()).getAnnotation(JsonAlias.class);
            assertThat(alias.value()).as(role.name()).containsExactly(role.roleDefinitionId(), role.displayName());
            assertThat(UUID.fromString(role.roleDefinitionId()).toString()).isEqualTo(role.roleDefinitionId());
        }
        assertThat(Arrays.stream(DirectoryRole.values()).map(DirectoryRole::roleDefinitionId).distinct()).hasSize(DirectoryRole.values().length);
        assertThat(Arrays.stream(DirectoryRole.values()).map(DirectoryRole::displayName).distinct()).hasSize(DirectoryRole.values().length);
    }

    @Test
    @DisplayName("has Microsoft's ids for the roles a partner most often grants")
    void knownIds() {
        assertThat(DirectoryRole.GLOBAL_ADMINISTRATOR.roleDefinitionId()).isEqualTo("62e90394-69f5-4237-9190-012177145e10");
        assertThat(DirectoryRole.HELPDESK_ADMINISTRATOR.roleDefinitionId()).isEqualTo("729827e3-9c14-49f7-bb1b-9608f156bbb8");
        assertThat(DirectoryRole.DIRECTORY_READERS.roleDefinitionId()).isEqualTo("88d8e3e3-8f55-4a1e-953a-9b9898b8876b");
    }
}
