package io.partnerportal.onboarding.platform.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a careless or hostile client sends, as jqwik arbitraries: texts with control characters and half
 * surrogate pairs, numbers at and beyond every bound, values of the wrong JSON kind, broken JSON, junk
 * parameters and header values. And the one promise every answer to them keeps.
 */
public final class HostileInput {

    /** Traces of a fault in an answer: a stack frame, an exception's or a Java package's name. */
    private static final Pattern FAULT = Pattern.compile("\\bat [a-z]+\\.[\\w.$]+\\(|Exception\\b|\\bjava\\.|\\bio\\.partnerportal|"
            + "\\btools\\.jackson|\\borg\\.(springframework|axonframework)");

    /**
     * What a program prints, not a sentence for people: a Java list of enum names ({@code [A, B]}) or a Java
     * type named as what was expected ({@code (expected Boolean)}).
     */
    private static final Pattern PROGRAM_OUTPUT = Pattern.compile("\\[[A-Z][A-Z0-9_]*(, [A-Z][A-Z0-9_]*)+]"
            + "|\\(expected [A-Z]\\w*\\)|\\b(Boolean|Integer|BigDecimal|ArrayList|LinkedHashMap)\\b");

    private HostileInput() {
    }

    /** Texts: every char (controls, surrogates, emoji), the C0/C1 range, and known troublemakers. */
    public static Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple.of(3, Arbitraries.strings().withCharRange('\u0000', '\u009f').ofMaxLength(12)),
                Tuple.of(3, Arbitraries.of("", " ", "\t", "null", "\u0000", "Ana\u0000Souza", "\uD800",
                        "x\uDFFFy", "\u202Eevil", "'; drop table customer_claim;--", "${jndi:ldap://x/a}", "../../etc/passwd",
                        "%00", "<script>alert(1)</script>", "9".repeat(40), "-1", "0", "W/\"1\"", "GLOBAL_READER", "DE",
                        "2025-01-01", "x".repeat(300), "😀".repeat(100))),
                Tuple.of(1, Arbitraries.strings().alpha().ofMinLength(1000).ofMaxLength(5000)));
    }

    /** Any JSON value, of any kind, including ones Java's types cannot hold. */
    public static Arbitrary<Object> jsonValues() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, texts().map(text -> (Object) text)),
                Tuple.of(2, Arbitraries.of(0, -1, 1, 730, 731, 100_000, 100_001, Integer.MAX_VALUE,
                        Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, 1.5, -0.0, 1e308)),
                Tuple.of(2, Arbitraries.of(new Raw("1e99999"), new Raw("12345678901234567890123"),
                        new Raw("true"), new Raw("false"), new Raw("null"), new Raw("{}"), new Raw("[]"),
                        new Raw("[null]"), new Raw("[null,null]"), new Raw("[\"GLOBAL_READER\",\"GLOBAL_READER\"]"),
                        new Raw("{\"a\":{\"b\":{\"c\":[1,[2,[3]]]}}}"), new Raw("\"\\ud800\""),
                        new Raw("[" + "\"GLOBAL_READER\",".repeat(999) + "\"GLOBAL_READER\"]"))),
                Tuple.of(1, texts().list().ofMaxSize(5).map(list -> (Object) list)));
    }

    /** Bodies no JSON parser should accept, or only barely. */
    public static Arbitrary<Raw> brokenBodies() {
        return Arbitraries.oneOf(
                Arbitraries.of(new Raw(""), new Raw("{"), new Raw("}"), new Raw("{\"a\":}"), new Raw("[1,2"),
                        new Raw("null"), new Raw("[]"), new Raw("\"text\""), new Raw("42"), new Raw("{\"a\":1,\"a\":2}"),
                        new Raw("{'single':'quotes'}"), new Raw("\uFEFF{}"), new Raw("{\"x\":NaN}"),
                        new Raw("[".repeat(5000) + "]".repeat(5000)), new Raw("{\"a\":".repeat(2000) + "1" + "}".repeat(2000))),
                Arbitraries.strings().all().ofMaxLength(200).map(Raw::new));
    }

    /** Values of a query parameter: texts, numbers at the bounds of int and long, and beyond. */
    public static Arbitrary<String> parameterValues() {
        return Arbitraries.oneOf(texts(),
                Arbitraries.of("0", "-1", "1", "100", "101", "21474836", "21474837", "2147483647", "2147483648",
                        "-2147483648", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e3",
                        "0x10", "NaN", "true", "PENDING", "APPROVED", "BR", "br", "2026-01-01T00:00:00Z",
                        "+1000000000-12-31T23:59:59.999999999Z", "-1000000000-01-01T00:00:00Z", "2026-13-45T99:99:99Z"));
    }

    /** Header values an HTTP client lets through: printable junk, and forms a header almost has. */
    public static Arbitrary<String> headerValues() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(60).map(String::strip)
                        .filter(value -> !value.isEmpty()),
                Arbitraries.of("W/\"1\"", "W/\"2\"", "\"0\"", "\"-1\"", "\"99999999999999999999\"", "*", "\"1\", \"2\"",
                        "W/*", "\"", "\"\"", "application/json", "text/plain", "application/json; charset=latin1",
                        "multipart/form-data; boundary=x", "x".repeat(300)));
    }

    /** Asserts the promise kept to every request: no 5xx, and no trace of a fault in the answer. */
    public static void assertAnsweredWithoutFault(String request, int status, String body) {
        assertThat(status).as("status of %s, answering %s", request, body).isBetween(200, 499);
        assertShowsNoFault(request, body);
    }

    /** Asserts that the answer shows no trace of a fault, for answers whose status is judged elsewhere. */
    public static void assertShowsNoFault(String request, String body) {
        assertThat(FAULT.matcher(body).find()).as("a fault shows in the answer to %s: %s", request, body).isFalse();
        assertThat(PROGRAM_OUTPUT.matcher(body).find()).as("the answer to %s reads as a program's output: %s", request, body)
                .isFalse();
    }

    /** JSON text already written, put into a body as it is. */
    public record Raw(String json) {
        @Override
        public String toString() {
            return json.length() > 200 ? json.substring(0, 200) + "…(" + json.length() + " chars)" : json;
        }
    }

    /**
     * JSON for maps, lists, texts, numbers, booleans, null and {@link Raw}; every char outside printable
     * ASCII is escaped, so that control characters and half surrogate pairs arrive as the client meant them.
     */
    public static String json(Object value) {
        var out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("null");
            case Raw raw -> out.append(raw.json());
            case String text -> {
                out.append('"');
                for (char c : text.toCharArray()) {
                    if (c == '"' || c == '\\') {
                        out.append('\\').append(c);
                    } else if (c < 0x20 || c > 0x7e) {
                        out.append("\\u").append(HexFormat.of().toHexDigits(c));
                    } else {
                        out.append(c);
                    }
                }
                out.append('"');
            }
            case Map<?, ?> map -> {
                out.append('{');
                var first = true;
                for (var entry : map.entrySet()) {
                    out.append(first ? "" : ",");
                    write(out, String.valueOf(entry.getKey()));
                    out.append(':');
                    write(out, entry.getValue());
                    first = false;
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    write(out, list.get(i));
                }
                out.append(']');
            }
            default -> out.append(value);
        }
    }

    /**
     * A copy of {@code body} with one place changed: the {@code at}-th of its members and items (counted
     * depth first, modulo their number) replaced by {@code value}, removed, or given an unknown sibling.
     */
    public static Object mutated(Object body, int at, Mutation mutation, Object value) {
        var places = new ArrayList<List<Object>>();
        Object copy = deepCopy(body);
        collectPlaces(copy, new ArrayList<>(), places);
        if (places.isEmpty()) {
            return value;
        }
        List<Object> path = places.get(Math.floorMod(at, places.size()));
        Object parent = copy;
        for (Object step : path.subList(0, path.size() - 1)) {
            parent = step instanceof Integer i ? ((List<?>) parent).get(i) : ((Map<?, ?>) parent).get(step);
        }
        Object last = path.getLast();
        @SuppressWarnings("unchecked")
        var asMap = parent instanceof Map<?, ?> ? (Map<Object, Object>) parent : null;
        @SuppressWarnings("unchecked")
        var asList = parent instanceof List<?> ? (List<Object>) parent : null;
        switch (mutation) {
            case REPLACE -> {
                if (asMap != null) {
                    asMap.put(last, value);
                } else {
                    asList.set((Integer) last, value);
                }
            }
            case REMOVE -> {
                if (asMap != null) {
                    asMap.remove(last);
                } else {
                    asList.remove((int) (Integer) last);
                }
            }
            case ADD -> {
                if (asMap != null) {
                    asMap.put("unexpected", value);
                } else {
                    asList.add(value);
                }
            }
        }
        return copy;
    }

    public enum Mutation { REPLACE, REMOVE, ADD }

    private static void collectPlaces(Object value, List<Object> path, List<List<Object>> places) {
        if (value instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                var here = new ArrayList<>(path);
                here.add(key);
                places.add(here);
                collectPlaces(map.get(key), here, places);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                var here = new ArrayList<>(path);
                here.add(i);
                places.add(here);
                collectPlaces(list.get(i), here, places);
            }
        }
    }

    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            var copy = new LinkedHashMap<Object, Object>();
            map.forEach((key, item) -> copy.put(key, deepCopy(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(HostileInput::deepCopy).toList());
        }
        return value;
    }
}
