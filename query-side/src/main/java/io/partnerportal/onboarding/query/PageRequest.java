package io.partnerportal.onboarding.query;

import io.partnerportal.onboarding.kernel.rejection.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * Which page of a list a client asks for, the same for every list of the read API: pages are numbered from
 * 0, {@code size} items each, from 1 to {@value #MAX_SIZE} (a larger size is served as {@value #MAX_SIZE},
 * and the answer's {@code size} says so).
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    /** The deepest page whose first item (page × size) is still a whole number a store can skip to. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    /** The page asked for, or the refusal naming what is out of range. */
    public static PageRequest of(int page, int size) {
        List<Violation> violations = violations(page, size);
        if (!violations.isEmpty()) {
            throw new InvalidQueryException(violations);
        }
        return new PageRequest(page, Math.min(size, MAX_SIZE));
    }

    /** What is wrong with {@code page} and {@code size}, for a list that checks its other parameters too. */
    public static List<Violation> violations(int page, int size) {
        var violations = new ArrayList<Violation>();
        if (page < 0 || page > MAX_PAGE) {
            violations.add(new Violation("page", "PAGE_RANGE", "page must be from 0 (the first page) to " + MAX_PAGE + "."));
        }
        if (size < 1) {
            violations.add(new Violation("size", "SIZE_RANGE", "size must be from 1 to " + MAX_SIZE + "."));
        }
        return violations;
    }

    /** How many items come before this page. */
    public int offset() {
        return page * size;
    }

    /** This page of {@code all}, a list already in its order. */
    public <T> Page<T> slice(List<T> all) {
        int from = (int) Math.min(all.size(), (long) offset());
        return new Page<>(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
    }
}
