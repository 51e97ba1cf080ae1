package io.partnerportal.onboarding.kernel.customer.record;

import io.partnerportal.onboarding.kernel.rejection.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The customer's exact official legal name, as registered: what it must be, and what is only worth a warning. */
public final class CompanyName {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 255;

    // Kept without dots, commas, parentheses and spaces, so "S.p.A.", "Sp. z o.o." and "(Pty) Ltd" all match.
    private static final Set<String> LEGAL_FORMS = Set.of(
            "llc", "lc", "pllc", "inc", "incorporated", "corp", "corporation", "co", "ltd", "limited", "coltd",
            "plc", "llp", "lp", "pc", "gmbh", "ggmbh", "gmbh&cokg", "ug", "kg", "ohg", "gbr", "ag", "kgaa", "se",
            "ev", "sarl", "sàrl", "sas", "sasu", "eurl", "sa", "sca", "scs", "snc", "sc", "srl", "srls", "spa",
            "sapa", "sl", "slu", "bv", "nv", "vof", "cv", "bvba", "sprl", "kft", "zrt", "nyrt", "bt", "ooo", "oao",
            "zao", "pao", "ao", "tov", "spzoo", "spj", "spk", "sro", "as", "a/s", "aps", "asa", "oy", "oyj", "ab",
            "hb", "oü", "uab", "sia", "ehf", "ltda", "lda", "eireli", "sadecv", "sapidecv", "srldecv", "pvtltd",
            "privatelimited", "pteltd", "pte", "pty", "ptyltd", "sdnbhd", "bhd", "kk", "gk", "pt", "pttbk",
            "tbk", "jsc", "ojsc", "cjsc", "pjsc", "doo", "dd", "ad", "ead", "ood", "eood", "aş", "ltdşti", "wll",
            "fze", "fzc", "fzco", "fzllc",
            // The same forms as written in their own scripts: Russian, Ukrainian, Chinese, Japanese, Korean.
            "ооо", "оао", "зао", "пао", "ао", "тов", "有限公司", "股份有限公司", "株式会社", "合同会社", "주식회사");

    private static final Set<String> PLACEHOLDERS = Set.of(
            "test", "tests", "testing", "test company", "test customer", "test account", "test test", "demo",
            "demo company", "sample", "sample company", "example", "example company", "dummy", "fake", "asdf",
            "asdfgh", "qwerty", "abc", "abc company", "xxx", "xxxx", "n/a", "na", "none", "null", "nil", "company",
            "my company", "customer", "new customer", "unknown", "tbd", "todo", "temp", "placeholder", "foo", "bar",
            "foobar", "lorem ipsum", "no name", "noname");

    private static final Pattern DOTTED_TOKEN = Pattern.compile("[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    private static final Set<String> GENERIC_TLDS = Set.of("com", "net", "org", "io", "co", "biz", "info", "ai",
            "app", "dev", "tech", "online", "shop", "store", "cloud", "site", "xyz", "me", "tv", "eu", "gov", "edu");
    private static final Set<String> SECOND_LEVELS = Set.of("com", "co", "net", "org", "gov", "edu", "ac", "ne", "or");

    private CompanyName() {
    }

    public static List<Violation> violations(String field, String name) {
        if (name == null || name.isBlank()) {
            return List.of(Violation.required(field));
        }
        String trimmed = name.strip();
        var found = new ArrayList<Violation>();
        long length = trimmed.codePoints().count();
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            found.add(new Violation(field, "COMPANY_NAME_LENGTH",
                    field + " must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters long"));
        }
        if (trimmed.codePoints().noneMatch(Character::isLetterOrDigit)) {
            found.add(new Violation(field, "COMPANY_NAME_NO_LETTERS",
                    field + " must contain letters or digits, not only special characters"));
        } else if (length >= 3 && trimmed.codePoints().distinct().count() == 1) {
            // Only letters or digits get here: repeated punctuation ("...") is already "no letters".
            found.add(new Violation(field, "COMPANY_NAME_REPEATED_CHARACTER",
                    field + " must be the legal name, not one character repeated"));
        }
        String[] tokens = trimmed.split("\\s+");
        if (tokens.length >= 2 && List.of(tokens).stream().allMatch(t -> t.codePointCount(0, t.length()) == 1)) {
            found.add(new Violation(field, "COMPANY_NAME_SINGLE_CHARACTERS",
                    field + " must be the legal name, not single characters separated by spaces"));
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (LEGAL_FORMS.contains(lower.replaceAll("[\\s.,()]", ""))) {
            found.add(new Violation(field, "COMPANY_NAME_LEGAL_FORM_ONLY",
                    field + " must be the legal name, not only a legal form such as '" + trimmed + "'"));
        }
        if (PLACEHOLDERS.contains(lower.replace(".", "").replaceAll("\\s+", " ").strip())) {
            found.add(new Violation(field, "COMPANY_NAME_PLACEHOLDER",
                    field + " must be the customer's real legal name, not a test or placeholder name"));
        }
        return List.copyOf(found);
    }

    /** Problems that do not block the record but are reported back to the partner. */
    public static List<Violation> warnings(String field, String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        var tokens = DOTTED_TOKEN.matcher(name);
        while (tokens.find()) {
            if (looksLikeDomain(tokens.group().toLowerCase(Locale.ROOT).split("\\."))) {
                return List.of(new Violation(field, "COMPANY_NAME_CONTAINS_DOMAIN", field + " contains the web "
                        + "domain '" + tokens.group() + "'; use the registered legal name of the company instead"));
            }
        }
        return List.of();
    }

    private static boolean looksLikeDomain(String[] labels) {
        String last = labels[labels.length - 1];
        String previous = labels[labels.length - 2];
        if (GENERIC_TLDS.contains(last)) {
            return previous.length() >= 2;
        }
        if (last.length() != 2 || !(Countries.isKnown(last.toUpperCase(Locale.ROOT)) || last.equals("uk"))) {
            return false;
        }
        if (labels.length >= 3 && SECOND_LEVELS.contains(previous)) {
            return labels[labels.length - 3].length() >= 2; // contoso.co.uk, contoso.com.br
        }
        // A bare country code after a short word is usually a legal form written with a dot ("Co.KG", "Holding.AG").
        return previous.length() >= 3 && !LEGAL_FORMS.contains(last);
    }
}
