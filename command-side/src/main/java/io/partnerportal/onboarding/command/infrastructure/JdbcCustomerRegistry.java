package io.partnerportal.onboarding.command.infrastructure;

import io.partnerportal.onboarding.kernel.rejection.CustomerAlreadyExistsException;
import io.partnerportal.onboarding.command.customer.CustomerRegistry;
import io.partnerportal.onboarding.kernel.customer.registrationid.RegistrationIds;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Uniqueness claims as rows under a primary key, written with the command's own transaction (the one
 * the events are appended in): a duplicate rolls back both, and of two racing commands the database lets
 * exactly one commit.
 */
@Component
class JdbcCustomerRegistry implements CustomerRegistry {

    private static final String DOMAIN_PREFIX = "DOMAIN_PREFIX";
    private static final String REGISTRATION_ID = "REGISTRATION_ID";

    private final JdbcTemplate jdbc;

    JdbcCustomerRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(String customerId, String domainPrefix, String country, String registrationId) {
        String prefix = domainPrefix.strip().toLowerCase();
        insert(DOMAIN_PREFIX, prefix, customerId, prefix, "domainPrefix");
        if (registrationId != null && !registrationId.isBlank()) {
            insert(REGISTRATION_ID, registrationKey(country, registrationId), customerId, prefix, "registrationId");
        }
    }

    @Override
    public void reclaimRegistrationId(String customerId, String country, String registrationId) {
        String prefix = jdbc.queryForObject("SELECT domain_prefix FROM customer_claim WHERE claim_type = ? AND customer_id = ?",
                String.class, DOMAIN_PREFIX, customerId);
        jdbc.update("DELETE FROM customer_claim WHERE claim_type = ? AND customer_id = ?", REGISTRATION_ID, customerId);
        if (registrationId != null && !registrationId.isBlank()) {
            insert(REGISTRATION_ID, registrationKey(country, registrationId), customerId, prefix, "registrationId");
        }
    }

    @Override
    public Optional<String> customerWithDomainPrefix(String domainPrefix) {
        return jdbc.queryForList("SELECT customer_id FROM customer_claim WHERE claim_type = ? AND claim_key = ?",
                String.class, DOMAIN_PREFIX, domainPrefix.strip().toLowerCase()).stream().findFirst();
    }

    @Override
    public boolean isCustomer(String customerId) {
        // Every customer claims its domain prefix; customer_claim_by_customer makes this one index lookup.
        return !jdbc.queryForList("SELECT 1 FROM customer_claim WHERE claim_type = ? AND customer_id = ?",
                Integer.class, DOMAIN_PREFIX, customerId).isEmpty();
    }

    private void insert(String type, String key, String customerId, String prefix, String field) {
        // Look first, so that the common duplicate names the existing customer; the insert settles races.
        var holder = jdbc.queryForList("SELECT domain_prefix FROM customer_claim WHERE claim_type = ? AND claim_key = ?",
                String.class, type, key);
        if (!holder.isEmpty()) {
            throw new CustomerAlreadyExistsException(field, holder.getFirst());
        }
        try {
            jdbc.update("INSERT INTO customer_claim (claim_type, claim_key, customer_id, domain_prefix) VALUES (?, ?, ?, ?)",
                    type, key, customerId, prefix);
        } catch (DuplicateKeyException raced) {
            throw new CustomerAlreadyExistsException(field, null);
        }
    }

    private static String registrationKey(String country, String registrationId) {
        return country + ":" + RegistrationIds.normalized(country, registrationId);
    }
}
