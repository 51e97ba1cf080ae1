package io.partnerportal.onboarding.platform.web;

import io.partnerportal.onboarding.kernel.identity.Caller;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The contract as OpenAPI at /v3/api-docs: the same endpoints the HTTP contract page lists. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static {
        // The caller comes from the credentials, never from a parameter a client could set.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    OpenAPI onboardingApi() {
        return new OpenAPI()
                .info(new Info().title("Partner portal customer onboarding").version("1")
                        .description("Add customers, confirm the MCA, grant GDAP, change billing info, verify; "
                                + "read views, eligibility and history. Errors are application/problem+json."))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT"))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("Demo users, embedded default only")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
