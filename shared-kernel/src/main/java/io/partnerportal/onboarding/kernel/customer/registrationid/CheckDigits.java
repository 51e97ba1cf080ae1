package io.partnerportal.onboarding.kernel.customer.registrationid;

/** The arithmetic the registration id schemes share. Every method expects ASCII digits where it reads digits. */
final class CheckDigits {

    private CheckDigits() {
    }

    static boolean isDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    static boolean isDigits(String text, int length) {
        return text.length() == length && isDigits(text);
    }

    static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }

    /** Sum of digit i times weight i, for as many digits as there are weights. */
    static int weightedSum(String digits, int... weights) {
        var sum = 0;
        for (var i = 0; i < weights.length; i++) {
            sum += digit(digits, i) * weights[i];
        }
        return sum;
    }

    /** Luhn (mod 10, doubling every second digit from the right), as on South African ID numbers. */
    static boolean passesLuhn(String digits) {
        var sum = 0;
        for (var i = 0; i < digits.length(); i++) {
            var value = digit(digits, digits.length() - 1 - i);
            if (i % 2 == 1) {
                value = value * 2 > 9 ? value * 2 - 9 : value * 2;
            }
            sum += value;
        }
        return sum % 10 == 0;
    }
}
