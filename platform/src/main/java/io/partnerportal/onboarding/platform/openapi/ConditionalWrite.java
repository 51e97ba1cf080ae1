package io.partnerportal.onboarding.platform.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A change of an existing customer that honours {@code If-Match}: documented with the header and the 412 of a
 * stale or weak entity tag, and the 409 of two changes racing on one customer, which If-Match is the cure for.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ConditionalWrite {
}
