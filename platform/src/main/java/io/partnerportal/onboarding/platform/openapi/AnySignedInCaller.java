package io.partnerportal.onboarding.platform.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint every signed-in caller may use, whatever its roles (the event schemas, the audit log's checkpoint
 * and key): no action of the access table guards it, so the documentation names every role.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AnySignedInCaller {
}
