package io.partnerportal.onboarding.query.verification;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.util.List;

/** The queue's answer, a page like every list; its shape for the API's documentation (a test checks it). */
@Schema(name = "VerificationQueue", description = "A page of the customers awaiting verification, oldest submission first.")
record VerificationQueue(@Schema(requiredMode = RequiredMode.REQUIRED) List<VerificationQueueController.QueueEntry> items,
                         @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "0") int page,
                         @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", maximum = "100",
                                 description = "The page's size as applied: the one asked for, at most 100.") int size,
                         @Schema(requiredMode = RequiredMode.REQUIRED, description = "Customers in the queue (with the "
                                 + "overdue filter applied), in all pages.") long total) {
}
