package io.partnerportal.onboarding.platform.eventstore.upcasting;

import io.partnerportal.onboarding.kernel.customer.event.CustomerAdded;
import io.partnerportal.onboarding.platform.storage.StoredJsonConfiguration;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("CustomerAdded as stored in revision 1 (billing fields flat)")
class CustomerAddedNestsBillingProfileTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(StoredJsonConfiguration.newMapper()).build();

    @Test
    @DisplayName("is read as revision 2, its billing fields nested in billingProfile, nothing lost")
    void readAsRevision2() throws Exception {
        CustomerAdded added = upcast(revision1());

        assertThat(added.customerId()).isEqualTo("b80e06b0-bb66-45de-b25e-d7375f5a221f");
        assertThat(added.partnerId()).isEqualTo("P-1000");
        assertThat(added.domainPrefix()).isEqualTo("contosobrf7350442");
        assertThat(added.language()).isEqualTo("pt-BR");
        assertThat(added.billingProfile().companyName()).isEqualTo("Contoso Comércio de Software Ltda");
        assertThat(added.billingProfile().registrationId()).isEqualTo("59.318.142/4970-65");
        assertThat(added.billingProfile().primaryContact().email()).isEqualTo("ana.souza@contoso.com.br");
        assertThat(added.billingProfile().address().city()).isEqualTo("São Paulo");
        assertThat(added.billingProfile().address().addressLine2()).isNull();
        assertThat(added.defaultGdapConsent()).isTrue();
        assertThat(added.associatedResellerId()).isNull();
        assertThat(added.warnings()).isEmpty();
    }

    @Test
    @DisplayName("upcasts to exactly the JSON a revision-2 event is written as")
    void sameJsonAsRevision2() throws Exception {
        String upcastJson = CustomerAddedNestsBillingProfile.nest(StoredJsonConfiguration.newMapper().readTree(revision1()))
                .toString();
        SerializedObject<byte[]> written = serializer.serialize(upcast(revision1()), byte[].class);

        assertThat(new String(written.getData(), StandardCharsets.UTF_8)).isEqualTo(upcastJson);
        assertThat(written.getType().getRevision()).isEqualTo("2");
    }

    private CustomerAdded upcast(byte[] payload) {
        var entry = new GenericDomainEventEntry<>("CustomerAggregate", "b80e06b0-bb66-45de-b25e-d7375f5a221f", 0,
                "event-1", Instant.parse("2026-12-02T01:11:52.941Z"), CustomerAdded.class.getName(), "1", payload,
                "{}".getBytes(StandardCharsets.UTF_8));
        IntermediateEventRepresentation upcast = new CustomerAddedNestsBillingProfile()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).findFirst().orElseThrow();
        return serializer.deserialize(upcast.getData());
    }

    private static byte[] revision1() throws Exception {
        return Files.readAllBytes(Path.of(CustomerAddedNestsBillingProfileTest.class
                .getResource("/events/customer-added-revision-1.json").toURI()));
    }
}
