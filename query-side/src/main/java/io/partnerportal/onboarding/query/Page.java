package io.partnerportal.onboarding.query;

import java.util.List;

/** One page of a list, as every list of the read API answers it: the items, which page, its size, and how many in all. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
