package io.partnerportal.onboarding.command.customer;

import java.util.Optional;

/**
 * What must be unique across all customers, which no single customer's history can decide: the domain
 * prefix, and the registration id within a country. Claims are written in the same transaction as the
 * events, so of two racing commands exactly one wins.
 */
public interface CustomerRegistry {

    /** Claims the prefix and the registration id (if any) for the customer, or throws CustomerAlreadyExistsException. */
    void claim(String customerId, String domainPrefix, String country, String registrationId);

    /** Moves the customer's registration-id claim to a new id or country (a billing change). */
    void reclaimRegistrationId(String customerId, String country, String registrationId);

    /** The customer that holds this domain prefix. */
    Optional<String> customerWithDomainPrefix(String domainPrefix);

    /** Whether a customer has this id. */
    boolean isCustomer(String customerId);
}
