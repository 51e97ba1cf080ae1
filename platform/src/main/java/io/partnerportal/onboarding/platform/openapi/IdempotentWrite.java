package io.partnerportal.onboarding.platform.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write that honours {@code Idempotency-Key} without being a write to a customer: a retry gets the first
 * answer, and the key can be refused (reused for another request, or its first request still running). Every
 * {@link CustomerWrite} is one too.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface IdempotentWrite {
}
