package io.partnerportal.onboarding.platform.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write to a customer, sent as a command: it honours {@code Idempotency-Key}, answers the customer's new
 * version as {@code ETag}, and can be refused for the key (reused for another request, or its first request
 * still running) and because commands wait for a thread of their own (503 when too many wait, or one does not
 * answer in time). The documentation adds all of that to the endpoint.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CustomerWrite {
}
