package io.partnerportal.onboarding.query.customer.web;

import io.partnerportal.onboarding.kernel.customer.view.CustomerView;
import io.partnerportal.onboarding.query.customer.CustomerHistory;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.util.List;

/**
 * Shapes the customer answers that no record holds (maps, a stream's messages), for the API's documentation only;
 * a test checks served answers against them.
 */
final class CustomerAnswers {

    private CustomerAnswers() {
    }

    @Schema(name = "CustomerPage", description = "A page of the customers the caller may see, by company name then id.")
    record CustomerPage(@Schema(requiredMode = RequiredMode.REQUIRED) List<CustomerListItem> items,
                        @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "0") int page,
                        @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", maximum = "100",
                                description = "The page's size as applied: the one asked for, at most 100.") int size,
                        @Schema(requiredMode = RequiredMode.REQUIRED, description = "Customers in all pages.") long total) {
    }

    @Schema(name = "CustomerHistory", description = "Every event of the customer, in order, with who caused it and in "
            + "which request; read from the event store itself.")
    record History(@Schema(requiredMode = RequiredMode.REQUIRED) String customerId,
                   @Schema(requiredMode = RequiredMode.REQUIRED) List<CustomerHistory.Entry> items) {
    }

    @Schema(name = "CustomerUpdate", description = "One server-sent event of a customer's update stream: `event: "
            + "customer`, `id:` the view's version, `data:` the view, first as it is now, then after each change. "
            + "Comment lines (`: heartbeat`) come in between; the stream ends after a while (`UPDATES_MAX_DURATION`), "
            + "and EventSource clients reconnect.")
    record Update(@Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = "customer") String event,
                  @Schema(requiredMode = RequiredMode.REQUIRED, description = "The view's version.") String id,
                  @Schema(requiredMode = RequiredMode.REQUIRED) CustomerView data) {
    }
}
