package io.partnerportal.onboarding.query.readmodel;

import java.util.function.LongPredicate;

/**
 * Finds the end of keys that are dense — 1, 2, … n, none missing, as feed positions and audit leaves are —
 * with O(log n) point reads of the primary key. A sort for the largest key would be one index read on a
 * real MongoDB, but the embedded one reads and sorts every document to answer it.
 */
public final class DenseKeys {

    private DenseKeys() {
    }

    /**
     * The largest key {@code present} holds (0 when it holds none), starting from an {@code estimate} such as the
     * collection's estimated size: two reads when the estimate is right.
     */
    public static long last(LongPredicate present, long estimate) {
        long guess = Math.max(1, estimate);
        long low = 0; // present, or 0 for "no key"
        long high; // absent
        if (present.test(guess)) {
            low = guess;
            for (long step = 1; ; step *= 2) {
                if (!present.test(guess + step)) {
                    high = guess + step;
                    break;
                }
                low = guess + step;
            }
        } else {
            high = guess;
            for (long step = 1; high - step > 0; step *= 2) {
                if (present.test(high - step)) {
                    low = high - step;
                    break;
                }
                high -= step;
            }
        }
        while (high - low > 1) {
            long middle = low + (high - low) / 2;
            if (present.test(middle)) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
