package io.partnerportal.onboarding.platform.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem codes an endpoint answers beyond those every endpoint of its kind answers (which the documentation
 * adds by itself: see {@link ProblemResponses}). Codes rather than statuses, because one status covers several
 * meanings (a 409 is a blocked purchase or a customer that exists); each code's status, meaning and example
 * come from {@link KnownProblems}, and a code it does not know stops the document from being served.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Refusals {

    String[] value();
}
