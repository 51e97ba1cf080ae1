package io.partnerportal.onboarding.kernel.customer.gdap;

import com.fasterxml.jackson.annotation.JsonAlias;

import java.util.EnumSet;
import java.util.Set;

/**
 * The Microsoft Entra directory roles a GDAP relationship may grant. A request may name a role three ways:
 * by the contract's name ({@code HELPDESK_ADMINISTRATOR}), by its Entra role-definition id as Microsoft
 * Graph's {@code delegatedAdminRelationship} does, or by its display name ("Helpdesk Administrator"). The
 * aliases repeat the constructor's values because an annotation holds only constants; a test checks that
 * they agree. Stored events keep the contract's name, as they always have.
 */
public enum DirectoryRole {
    @JsonAlias({"62e90394-69f5-4237-9190-012177145e10", "Global Administrator"})
    GLOBAL_ADMINISTRATOR("62e90394-69f5-4237-9190-012177145e10", "Global Administrator"),
    @JsonAlias({"f2ef992c-3afb-46b9-b7cf-a126ee74c451", "Global Reader"})
    GLOBAL_READER("f2ef992c-3afb-46b9-b7cf-a126ee74c451", "Global Reader"),
    @JsonAlias({"fe930be7-5e62-47db-91af-98c3a49a38b1", "User Administrator"})
    USER_ADMINISTRATOR("fe930be7-5e62-47db-91af-98c3a49a38b1", "User Administrator"),
    @JsonAlias({"729827e3-9c14-49f7-bb1b-9608f156bbb8", "Helpdesk Administrator"})
    HELPDESK_ADMINISTRATOR("729827e3-9c14-49f7-bb1b-9608f156bbb8", "Helpdesk Administrator"),
    @JsonAlias({"b0f54661-2d74-4c50-afa3-1ec803f12efe", "Billing Administrator"})
    BILLING_ADMINISTRATOR("b0f54661-2d74-4c50-afa3-1ec803f12efe", "Billing Administrator"),
    @JsonAlias({"4d6ac14f-3453-41d0-bef9-a3e0c569773a", "License Administrator"})
    LICENSE_ADMINISTRATOR("4d6ac14f-3453-41d0-bef9-a3e0c569773a", "License Administrator"),
    @JsonAlias({"f023fd81-a637-4b56-95fd-791ac0226033", "Service Support Administrator"})
    SERVICE_SUPPORT_ADMINISTRATOR("f023fd81-a637-4b56-95fd-791ac0226033", "Service Support Administrator"),
    @JsonAlias({"88d8e3e3-8f55-4a1e-953a-9b9898b8876b", "Directory Readers"})
    DIRECTORY_READERS("88d8e3e3-8f55-4a1e-953a-9b9898b8876b", "Directory Readers"),
    @JsonAlias({"9360feb5-f418-4baa-8175-e2a00bac4301", "Directory Writers"})
    DIRECTORY_WRITERS("9360feb5-f418-4baa-8175-e2a00bac4301", "Directory Writers"),
    @JsonAlias({"e8611ab8-c189-46e8-94e1-60213ab1f814", "Privileged Role Administrator"})
    PRIVILEGED_ROLE_ADMINISTRATOR("e8611ab8-c189-46e8-94e1-60213ab1f814", "Privileged Role Administrator"),
    @JsonAlias({"7be44c8a-adaf-4e2a-84d6-ab2649e08a13", "Privileged Authentication Administrator"})
    PRIVILEGED_AUTHENTICATION_ADMINISTRATOR("7be44c8a-adaf-4e2a-84d6-ab2649e08a13", "Privileged Authentication Administrator"),
    @JsonAlias({"194ae4cb-b126-40b2-bd5b-6091b380977d", "Security Administrator"})
    SECURITY_ADMINISTRATOR("194ae4cb-b126-40b2-bd5b-6091b380977d", "Security Administrator"),
    @JsonAlias({"5d6b6bb7-de71-4623-b4af-96380a352509", "Security Reader"})
    SECURITY_READER("5d6b6bb7-de71-4623-b4af-96380a352509", "Security Reader"),
    @JsonAlias({"29232cdf-9323-42fd-ade2-1d097af3e4de", "Exchange Administrator"})
    EXCHANGE_ADMINISTRATOR("29232cdf-9323-42fd-ade2-1d097af3e4de", "Exchange Administrator"),
    @JsonAlias({"f28a1f50-f6e7-4571-818b-6a12f2af6b6c", "SharePoint Administrator"})
    SHAREPOINT_ADMINISTRATOR("f28a1f50-f6e7-4571-818b-6a12f2af6b6c", "SharePoint Administrator"),
    @JsonAlias({"69091246-20e8-4a56-aa4d-066075b2a7a8", "Teams Administrator"})
    TEAMS_ADMINISTRATOR("69091246-20e8-4a56-aa4d-066075b2a7a8", "Teams Administrator"),
    @JsonAlias({"3a2c62db-5318-420d-8d74-23affee5d9d5", "Intune Administrator"})
    INTUNE_ADMINISTRATOR("3a2c62db-5318-420d-8d74-23affee5d9d5", "Intune Administrator"),
    @JsonAlias({"158c047a-c907-4556-b7ef-446551a6b5f7", "Cloud Application Administrator"})
    CLOUD_APPLICATION_ADMINISTRATOR("158c047a-c907-4556-b7ef-446551a6b5f7", "Cloud Application Administrator"),
    @JsonAlias({"9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3", "Application Administrator"})
    APPLICATION_ADMINISTRATOR("9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3", "Application Administrator"),
    @JsonAlias({"4a5d8f65-41da-4de4-8968-e035b65339cf", "Reports Reader"})
    REPORTS_READER("4a5d8f65-41da-4de4-8968-e035b65339cf", "Reports Reader");

    /** The roles of the default relationship Partner Center creates when the customer consents. */
    public static final Set<DirectoryRole> DEFAULT_RELATIONSHIP = EnumSet.of(DIRECTORY_READERS, DIRECTORY_WRITERS,
            LICENSE_ADMINISTRATOR, SERVICE_SUPPORT_ADMINISTRATOR, USER_ADMINISTRATOR, PRIVILEGED_ROLE_ADMINISTRATOR,
            HELPDESK_ADMINISTRATOR, PRIVILEGED_AUTHENTICATION_ADMINISTRATOR);

    private final String roleDefinitionId;
    private final String displayName;

    DirectoryRole(String roleDefinitionId, String displayName) {
        this.roleDefinitionId = roleDefinitionId;
        this.displayName = displayName;
    }

    /** The id of the role's definition in Microsoft Entra (its template id), the same in every tenant. */
    public String roleDefinitionId() {
        return roleDefinitionId;
    }

    /** The role's name as Microsoft Entra shows it. */
    public String displayName() {
        return displayName;
    }
}
