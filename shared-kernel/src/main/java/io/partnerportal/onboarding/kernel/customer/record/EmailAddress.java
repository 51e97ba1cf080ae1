package io.partnerportal.onboarding.kernel.customer.record;

import io.partnerportal.onboarding.kernel.rejection.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The customer contact's email address: practical syntax (not full RFC 5322), and it must belong to the
 * customer, not to the platform or the partner adding the customer.
 */
public final class EmailAddress {

    public static final int MAX_LOCAL_PART_LENGTH = 64;
    public static final int MAX_LENGTH = 254;
    private static final String PLATFORM_DOMAIN = "microsoft.com";

    // No whitespace and none of the characters that only quoted local parts may hold; dots not at the ends nor doubled.
    private static final Pattern LOCAL_PART = Pattern.compile("(?!\\.)(?!.*\\.\\.)[^\\s@\"(),:;<>\\[\\]\\\\]+(?<!\\.)");
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?");
    private static final Pattern TOP_LEVEL_LABEL = Pattern.compile("\\p{L}{2,63}");

    private EmailAddress() {
    }

    public static List<Violation> violations(String field, String email, Set<String> partnerDomains) {
        if (email == null || email.isBlank()) {
            return List.of(Violation.required(field));
        }
        String trimmed = email.strip();
        String domain = domainOf(trimmed);
        if (domain == null) {
            return List.of(new Violation(field, "EMAIL_FORMAT", field + " must be an email address such as "
                    + "'ana.souza@contoso.com', with one '@' and a domain like 'contoso.com'"));
        }
        var found = new ArrayList<Violation>();
        if (isSameOrSubdomain(domain, PLATFORM_DOMAIN)) {
            found.add(new Violation(field, "EMAIL_PLATFORM_DOMAIN",
                    field + " must be the customer's own address, not one at " + PLATFORM_DOMAIN));
        }
        boolean atPartner = partnerDomains != null && partnerDomains.stream().filter(Objects::nonNull)
                .map(EmailAddress::normalizedDomain).filter(d -> !d.isEmpty())
                .anyMatch(partnerDomain -> isSameOrSubdomain(domain, partnerDomain));
        if (atPartner) {
            found.add(new Violation(field, "EMAIL_PARTNER_DOMAIN", field + " must be an address at the customer, "
                    + "not at the partner's own domain"));
        }
        return List.copyOf(found);
    }

    /** The lower-cased domain of a well-formed address, or null when the address is not well formed. */
    private static String domainOf(String email) {
        int at = email.indexOf('@');
        if (at < 0 || at != email.lastIndexOf('@') || email.length() > MAX_LENGTH) {
            return null;
        }
        String localPart = email.substring(0, at);
        String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
        if (localPart.length() > MAX_LOCAL_PART_LENGTH || !LOCAL_PART.matcher(localPart).matches()) {
            return null;
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2 || !TOP_LEVEL_LABEL.matcher(labels[labels.length - 1]).matches()) {
            return null;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return null;
            }
        }
        return domain;
    }

    private static String normalizedDomain(String domain) {
        String d = domain.strip().toLowerCase(Locale.ROOT);
        return d.startsWith("@") ? d.substring(1) : d;
    }

    private static boolean isSameOrSubdomain(String domain, String parent) {
        return domain.equals(parent) || domain.endsWith("." + parent);
    }
}
