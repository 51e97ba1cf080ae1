package io.partnerportal.onboarding.platform.openapi;

import io.partnerportal.onboarding.kernel.customer.access.CustomerAction;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The action of the access table ({@code AccessRules}) an endpoint performs. The API's documentation shows the
 * roles the table allows for it, and the 403 and 404 the table answers, so who may call what is written once.
 * It documents; the endpoint still decides with {@code AccessRules.require}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Performs {

    CustomerAction value();
}
