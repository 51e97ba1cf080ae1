package io.partnerportal.onboarding.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * What the members naming a relationship's roles mean. The kernel's records that hold them carry no
 * documentation of their own; a side whose document has no relationship in it is left as it is.
 */
@Component
class GdapRoleSchemas implements OpenApiCustomizer {

    private static final String UNIFIED_ROLE = "UnifiedRole";

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null
                || !api.getComponents().getSchemas().containsKey(UNIFIED_ROLE)) {
            return;
        }
        Schemas.component(api, UNIFIED_ROLE).required(List.of("roleDefinitionId", "displayName")).description(
                "A directory role as Microsoft Graph's `delegatedAdminRelationship` names it in "
                        + "`accessDetails.unifiedRoles`, with the name Microsoft Entra shows for it.");
        Schemas.property(api, UNIFIED_ROLE, "roleDefinitionId").format("uuid")
                .description("The id of the role's definition in Microsoft Entra, the same in every tenant.");
        for (String holder : List.of("GdapRelationship", "SecurityGroupAccess")) {
            Schemas.property(api, holder, "roles").description("The roles by the contract's names, in the order they "
                    + "were granted.");
            Schemas.property(api, holder, "unifiedRoles").description("The same roles in the same order, by their "
                    + "Entra definitions. A customer's view always has them; an event recorded before they were "
                    + "carried (December 2026) has none, and keeps the bytes it was recorded with.");
        }
    }
}
