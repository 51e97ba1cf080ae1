package io.partnerportal.onboarding.query.verification;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.util.List;

/** The queue's answer, a map in the controller; its shape for the API's documentation (a test checks it). */
@Schema(name = "VerificationQueue", description = "Customers awaiting verification, oldest submission first.")
record VerificationQueue(@Schema(requiredMode = RequiredMode.REQUIRED) List<VerificationQueueController.QueueEntry> items) {
}
