package io.partnerportal.onboarding.contract;

import io.partnerportal.onboarding.contract.client.ApiClient;
import io.partnerportal.onboarding.contract.client.ApiException;
import io.partnerportal.onboarding.contract.client.ApiResponse;
import io.partnerportal.onboarding.contract.client.api.CustomersApi;
import io.partnerportal.onboarding.contract.client.api.GdapRelationshipsApi;
import io.partnerportal.onboarding.contract.client.api.McaAcceptanceApi;
import io.partnerportal.onboarding.contract.client.api.SubscriptionsApi;
import io.partnerportal.onboarding.contract.client.api.VerificationApi;
import io.partnerportal.onboarding.contract.client.model.AddCustomerRequest;
import io.partnerportal.onboarding.contract.client.model.Address;
import io.partnerportal.onboarding.contract.client.model.BillingProfile;
import io.partnerportal.onboarding.contract.client.model.BlockedReason;
import io.partnerportal.onboarding.contract.client.model.Contact;
import io.partnerportal.onboarding.contract.client.model.CustomerView;
import io.partnerportal.onboarding.contract.client.model.DirectoryRole;
import io.partnerportal.onboarding.contract.client.model.GdapGrant;
import io.partnerportal.onboarding.contract.client.model.McaAcceptance;
import io.partnerportal.onboarding.contract.client.model.Problem;
import io.partnerportal.onboarding.contract.client.model.SubscriptionPurchase;
import io.partnerportal.onboarding.contract.client.model.UnifiedRole;
import io.partnerportal.onboarding.contract.client.model.VerificationReason;
import io.partnerportal.onboarding.contract.client.model.VerificationStatus;
import io.partnerportal.onboarding.contract.client.model.WriteAnswer;
import io.partnerportal.onboarding.platform.identity.DemoUsers;
import io.partnerportal.onboarding.platform.testing.IsolatedStores;
import io.partnerportal.onboarding.platform.testing.SampleCustomers;
import io.partnerportal.onboarding.standalone.StandaloneApplication;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The committed contract is one a client can be written against: a Java client generated from docs/openapi.json
 * (and nothing else: no hand-written request, header or model) takes a customer through its whole life on the
 * standalone backend, retries a write safely, and reads the backend's refusals as the contract's Problem.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IsolatedStores.class)
@DisplayName("A client generated from docs/openapi.json")
class GeneratedClientTest {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("takes a customer through its life: added, MCA, GDAP, approved, a purchase, then a billing change that "
            + "sends it back to verification and blocks purchases again")
    void wholeLife() throws ApiException {
        var gina = new CustomersApi(as("gina"));
        ApiResponse<WriteAnswer> added = gina.addCustomerWithHttpInfo(newCustomer(), null, null);
        assertThat(added.getStatusCode()).isEqualTo(201);
        String id = added.getData().getCustomerId();
        assertThat(header(added, "Location")).isEqualTo("/api/customers/" + id);
        assertThat(added.getData().getVerificationStatus()).isEqualTo(VerificationStatus.PENDING);
        long version = etag(added);
        assertThat(version).as("added with the default GDAP relationship").isEqualTo(2);

        var confirmed = new McaAcceptanceApi(as("sara")).confirmMcaWithHttpInfo(id, new McaAcceptance()
                .acceptedBy(new Contact().firstName("Bruno").lastName("Lima").email("bruno.lima@contoso.com.br"))
                .dateAccepted(LocalDate.now().minusDays(1)), null, ifMatch(version), null);
        version = etag(confirmed);

        var granted = new GdapRelationshipsApi(as("adam")).grantGdapWithHttpInfo(id, new GdapGrant()
                .displayName("Contoso helpdesk").durationDays(365)
                .roles(Set.of(DirectoryRole.HELPDESK_ADMINISTRATOR, DirectoryRole.USER_ADMINISTRATOR)), null,
                ifMatch(version), null);
        assertThat(granted.getStatusCode()).isEqualTo(201);
        assertThat(header(granted, "Location")).endsWith("/gdap-relationships/" + granted.getData().getRelationshipId());
        version = etag(granted);
        long grantedAt = version;
        var relationship = eventually(() -> new GdapRelationshipsApi(as("adam"))
                .getGdapRelationship(id, granted.getData().getRelationshipId(), grantedAt, null));
        assertThat(relationship.getUnifiedRoles()).as("the roles as Microsoft Graph names them")
                .extracting(UnifiedRole::getRoleDefinitionId, UnifiedRole::getDisplayName)
                .containsExactlyInAnyOrder(tuple(UUID.fromString("729827e3-9c14-49f7-bb1b-9608f156bbb8"), "Helpdesk Administrator"),
                        tuple(UUID.fromString("fe930be7-5e62-47db-91af-98c3a49a38b1"), "User Administrator"));

        var approved = new VerificationApi(as("vera")).approveVerificationWithHttpInfo(id, null, ifMatch(version), null);
        assertThat(approved.getData().getVerificationStatus()).isEqualTo(VerificationStatus.APPROVED);
        version = etag(approved);
        long approvedAt = version;
        assertThat(eventually(() -> new SubscriptionsApi(as("sara")).getPurchaseEligibility(id, approvedAt, null, null))
                .getCanPurchase()).as("eligible once approved with the MCA").isTrue();

        var sara = new SubscriptionsApi(as("sara"));
        var bought = sara.purchaseSubscriptionWithHttpInfo(id, new SubscriptionPurchase().offerId("CFQ7TTC0LH18:0001")
                .quantity(25), null, ifMatch(version), null);
        assertThat(bought.getStatusCode()).isEqualTo(201);
        assertThat(bought.getData().getSubscriptionId()).isNotBlank();
        version = etag(bought);

        var changed = new CustomersApi(as("adam")).changeBillingInfoWithHttpInfo(id, newBillingAddress(),
                null, ifMatch(version), null);
        assertThat(changed.getData().getVerificationStatus()).as("sent back to verification")
                .isEqualTo(VerificationStatus.PENDING);
        long changedAt = etag(changed);

        Problem blocked = problemOf(() -> sara.purchaseSubscription(id, new SubscriptionPurchase().offerId("CFQ7TTC0LH18:0002")
                .quantity(1), null, null, null), 409);
        assertThat(blocked.getCode()).isEqualTo("PURCHASE_BLOCKED");
        assertThat(blocked.getBlockedReasons()).containsExactly(BlockedReason.VERIFICATION_PENDING);

        CustomerView view = eventually(() -> gina.getCustomer(id, changedAt, null, null, null));
        assertThat(view.getVerificationStatus()).isEqualTo(VerificationStatus.PENDING);
        assertThat(view.getVerificationReason()).isEqualTo(VerificationReason.BILLING_CHANGE);
        assertThat(view.getMcaConfirmed()).isTrue();
        assertThat(view.getSubscriptions()).hasSize(1);
        assertThat(view.getGdapRelationships()).hasSize(2);
        assertThat(view.getVersion()).isEqualTo(changedAt);
    }

    @Test
    @DisplayName("gets the first answer again, and no second customer, when it sends a write again with the same "
            + "Idempotency-Key")
    void idempotentRetry() throws ApiException {
        var gina = new CustomersApi(as("gina"));
        AddCustomerRequest customer = newCustomer();
        String key = "add-" + UUID.randomUUID();

        ApiResponse<WriteAnswer> first = gina.addCustomerWithHttpInfo(customer, key, null);
        ApiResponse<WriteAnswer> again = gina.addCustomerWithHttpInfo(customer, key, null);

        assertThat(again.getStatusCode()).isEqualTo(first.getStatusCode()).isEqualTo(201);
        assertThat(again.getData()).isEqualTo(first.getData());
        assertThat(header(again, "Location")).isEqualTo(header(first, "Location"));
        assertThat(header(again, "ETag")).isEqualTo(header(first, "ETag"));
        long version = first.getData().getVersion();
        eventually(() -> gina.getCustomer(first.getData().getCustomerId(), version, null, null, null));
        assertThat(gina.listCustomers(null, null, customer.getDomainPrefix(), null, null, null).getTotal())
                .as("customers with the retried domain prefix").isEqualTo(1);

        Problem reused = problemOf(() -> gina.addCustomer(newCustomer(), key, null), 422);
        assertThat(reused.getCode()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    @DisplayName("reads refusals as the contract's Problem: 412 VERSION_MISMATCH for a stale If-Match, 409 "
            + "CUSTOMER_ALREADY_EXISTS with the relationship request to send instead")
    void typedRefusals() throws ApiException {
        var gina = new CustomersApi(as("gina"));
        AddCustomerRequest customer = newCustomer();
        String id = gina.addCustomer(customer, null, null).getCustomerId();

        Problem stale = problemOf(() -> gina.changeBillingInfo(id, newBillingAddress(), null, ifMatch(1), null), 412);
        assertThat(stale.getCode()).isEqualTo("VERSION_MISMATCH");
        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(stale.getType()).hasToString("urn:partner-portal:problem:version-mismatch");

        Problem exists = problemOf(() -> gina.addCustomer(customer.registrationId(SampleCustomers.newCnpj()), null, null), 409);
        assertThat(exists.getCode()).isEqualTo("CUSTOMER_ALREADY_EXISTS");
        assertThat(exists.getField()).isEqualTo("domainPrefix");
        assertThat(exists.getRelationshipRequestUrl()).isEqualTo("/api/relationship-requests");
        assertThat(exists.getRelationshipRequest().getDomainPrefix()).isEqualTo(customer.getDomainPrefix());

        Problem invalid = problemOf(() -> gina.addCustomer(newCustomer().domainPrefix("contoso.onmicrosoft.com"), null, null), 400);
        assertThat(invalid.getCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(invalid.getErrors()).anySatisfy(error -> {
            assertThat(error.getField()).isEqualTo("domainPrefix");
            assertThat(error.getCode()).isEqualTo("DOMAIN_PREFIX_FORMAT");
        });
    }

    /** The generated client, signed in as a demo user: its own hook for what every request carries. */
    private ApiClient as(String user) {
        var client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        String credentials = Base64.getEncoder().encodeToString((user + ":" + DemoUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
        return client;
    }

    private static AddCustomerRequest newCustomer() {
        return new AddCustomerRequest()
                .companyName("Contoso Comércio de Software Ltda")
                .domainPrefix("contoso" + UUID.randomUUID().toString().replace("-", "").substring(0, 12))
                .registrationId(SampleCustomers.newCnpj())
                .language("pt-BR")
                .primaryContact(primaryContact())
                .address(new Address().addressLine1("Av. Paulista 1000").city("São Paulo").state("SP")
                        .postalCode("01310-100").country("BR"));
    }

    /** The same company moved: a billing change. */
    private static BillingProfile newBillingAddress() {
        return new BillingProfile().companyName("Contoso Comércio de Software Ltda")
                .registrationId(SampleCustomers.newCnpj())
                .primaryContact(primaryContact())
                .address(new Address().addressLine1("Av. Brigadeiro Faria Lima 3477").city("São Paulo").state("SP")
                        .postalCode("04538-133").country("BR"));
    }

    private static Contact primaryContact() {
        return new Contact().firstName("Ana").lastName("Souza").email("ana.souza@contoso.com.br").phone("+55 11 4004 0001");
    }

    private static String ifMatch(long version) {
        return "\"" + version + "\"";
    }

    private static String header(ApiResponse<?> response, String name) {
        List<String> values = response.getHeaders().get(name);
        assertThat(values).as("header %s", name).hasSize(1);
        return values.getFirst();
    }

    /** The customer's version a write answered, from its ETag. */
    private static long etag(ApiResponse<WriteAnswer> response) {
        String tag = header(response, "ETag");
        assertThat(tag).isEqualTo(ifMatch(response.getData().getVersion()));
        return response.getData().getVersion();
    }

    /** The refusal of {@code call}, read as the contract's Problem with the generated client's own mapper. */
    private Problem problemOf(Callable<?> call, int status) {
        ApiException refused = catchThrowableOfType(ApiException.class, call::call);
        assertThat(refused).as("a refusal").isNotNull();
        assertThat(refused.getCode()).as("status of %s", refused.getResponseBody()).isEqualTo(status);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
        return read(refused);
    }

    private Problem read(ApiException refused) {
        try {
            return as("gina").getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A read with minVersion, asked again while the read side answers 503 NOT_YET_PROJECTED (a read waits a few
     * seconds only; on a busy store the projection may take longer).
     */
    private <T> T eventually(Callable<T> read) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try {
                return read.call();
            } catch (ApiException refused) {
                if (refused.getCode() != 503 || Instant.now().isAfter(deadline)) {
                    throw new AssertionError("read refused: " + refused.getCode() + " " + refused.getResponseBody(), refused);
                }
                assertThat(read(refused).getCode()).isEqualTo("NOT_YET_PROJECTED");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }
}
