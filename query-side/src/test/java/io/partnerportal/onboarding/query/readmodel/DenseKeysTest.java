package io.partnerportal.onboarding.query.readmodel;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The end of dense keys")
class DenseKeysTest {

    @Test
    @DisplayName("is found whatever the guess, above, below or right")
    void foundFromAnyGuess() {
        for (long n = 0; n <= 300; n++) {
            for (long guess = 0; guess <= 400; guess++) {
                long size = n;
                assertThat(DenseKeys.last(key -> key >= 1 && key <= size, guess)).as("n=%d guess=%d", n, guess).isEqualTo(n);
            }
        }
    }

    @Test
    @DisplayName("costs two reads when the guess is right, and O(log n) when it is far off")
    void logarithmicReads() {
        long n = 10_000_000;
        var reads = new AtomicInteger();
        assertThat(DenseKeys.last(key -> reads.incrementAndGet() > 0 && key <= n, n)).isEqualTo(n);
        assertThat(reads.get()).isEqualTo(2);

        for (long guess : new long[]{0, 1, n / 3, n * 5}) {
            reads.set(0);
            assertThat(DenseKeys.last(key -> reads.incrementAndGet() > 0 && key >= 1 && key <= n, guess)).isEqualTo(n);
            assertThat(reads.get()).as("guess %d", guess).isLessThanOrEqualTo(2 * 64);
        }
    }
}
