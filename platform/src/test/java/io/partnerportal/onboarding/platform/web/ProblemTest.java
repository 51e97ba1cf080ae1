package io.partnerportal.onboarding.platform.web;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.partnerportal.onboarding.kernel.rejection.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A problem document")
class ProblemTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @SuppressWarnings("unchecked")
    private Map<String, Object> asJson(Problem problem) throws Exception {
        return json.readValue(json.writeValueAsString(problem), Map.class);
    }

    @Test
    @DisplayName("has the RFC 9457 members, the stable code, and no empty errors list")
    void rfc9457Members() throws Exception {
        var document = asJson(Problem.of(HttpStatus.NOT_FOUND, "CUSTOMER_NOT_FOUND", "No customer c-1."));

        assertThat(document).containsEntry("type", "urn:partner-portal:problem:customer-not-found")
                .containsEntry("title", "Not Found").containsEntry("status", 404)
                .containsEntry("detail", "No customer c-1.").containsEntry("code", "CUSTOMER_NOT_FOUND")
                .doesNotContainKeys("errors", "extensions");
    }

    @Test
    @DisplayName("lists every violation of a validation failure")
    void validationErrors() throws Exception {
        var document = asJson(Problem.invalid("VALIDATION_FAILED", "2 rules", List.of(
                new Violation("address.postalCode", "POSTAL_CODE_FORMAT", "not a postal code of BR"),
                Violation.required("language"))));

        assertThat((List<Map<String, String>>) document.get("errors")).extracting(e -> e.get("field"))
                .containsExactly("address.postalCode", "language");
    }

    @Test
    @DisplayName("carries further members at its top level, as the contract's 409 needs")
    void extensionMembers() throws Exception {
        var document = asJson(Problem.of(HttpStatus.CONFLICT, "CUSTOMER_ALREADY_EXISTS", "Exists.")
                .with("relationshipRequestUrl", "/api/relationship-requests?customerId=c-1"));

        assertThat(document).containsEntry("relationshipRequestUrl", "/api/relationship-requests?customerId=c-1");
    }
}
