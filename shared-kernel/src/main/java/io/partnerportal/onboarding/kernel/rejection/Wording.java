package io.partnerportal.onboarding.kernel.rejection;

import java.util.Arrays;
import java.util.List;

/**
 * How a refusal names lists and counts in a sentence for people: "one of A, B or C", "1 rule", "3 rules".
 * A list printed the way Java prints one ({@code [A, B]}) reads as a program's output, not an answer.
 */
public final class Wording {

    private Wording() {
    }

    /** "A", "A or B", "A, B or C". */
    public static String alternatives(List<String> words) {
        return joined(words, " or ");
    }

    /** "A", "A and B", "A, B and C". */
    public static String all(List<String> words) {
        return joined(words, " and ");
    }

    /** The names of an enum's constants as alternatives: "one of PENDING, APPROVED or REJECTED". */
    public static String oneOf(Class<? extends Enum<?>> type) {
        return "one of " + alternatives(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    /** "1 rule", "2 rules". */
    public static String count(int count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }

    private static String joined(List<String> words, String last) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + last + words.getLast();
    }
}
