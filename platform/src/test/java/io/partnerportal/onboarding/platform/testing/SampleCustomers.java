package io.partnerportal.onboarding.platform.testing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Request bodies for AddCustomer: the HTTP contract's own example, with a domain prefix of its own each
 * time (prefixes are unique across the platform).
 */
public final class SampleCustomers {

    private SampleCustomers() {
    }

    public static Map<String, Object> contosoBrazil() {
        var contact = new LinkedHashMap<String, Object>();
        contact.put("firstName", "Ana");
        contact.put("lastName", "Souza");
        contact.put("email", "ana.souza@contoso.com.br");
        contact.put("phone", "+55 11 4004 0001");
        var address = new HashMap<String, Object>();
        address.put("addressLine1", "Av. Paulista 1000");
        address.put("addressLine2", null);
        address.put("city", "São Paulo");
        address.put("state", "SP");
        address.put("postalCode", "01310-100");
        address.put("country", "BR");
        var body = new LinkedHashMap<String, Object>();
        body.put("companyName", "Contoso Comércio de Software Ltda");
        body.put("domainPrefix", "contosobr" + UUID.randomUUID().toString().substring(0, 8));
        body.put("registrationId", "11.222.333/0001-81");
        body.put("language", "pt-BR");
        body.put("primaryContact", contact);
        body.put("address", address);
        body.put("defaultGdapConsent", true);
        body.put("associatedResellerId", null);
        return body;
    }
}
