package io.partnerportal.onboarding.platform.testing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Request bodies for AddCustomer: the HTTP contract's own example, with a domain prefix and a CNPJ of its
 * own each time (both are unique across the platform).
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
        body.put("registrationId", newCnpj());
        body.put("language", "pt-BR");
        body.put("primaryContact", contact);
        body.put("address", address);
        body.put("defaultGdapConsent", true);
        body.put("associatedResellerId", null);
        return body;
    }

    /** A valid Brazilian CNPJ nobody has used yet: 12 random digits and their two mod-11 check digits. */
    public static String newCnpj() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        int[] digits = new int[14];
        for (int i = 0; i < 12; i++) {
            digits[i] = random.nextInt(10);
        }
        digits[0] = 1 + random.nextInt(9);
        digits[12] = cnpjCheckDigit(digits, 12);
        digits[13] = cnpjCheckDigit(digits, 13);
        var text = new StringBuilder();
        for (int digit : digits) {
            text.append(digit);
        }
        return text.insert(12, '-').insert(8, '/').insert(5, '.').insert(2, '.').toString();
    }

    private static int cnpjCheckDigit(int[] digits, int length) {
        int sum = 0;
        int weight = length - 7;
        for (int i = 0; i < length; i++) {
            sum += digits[i] * weight;
            weight = weight == 2 ? 9 : weight - 1;
        }
        int remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }
}
