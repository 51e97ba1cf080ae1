package io.partnerportal.onboarding.kernel.customer.event;

import org.axonframework.serialization.Revision;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The names downstream services know the events by: {@code partner.customer.<what happened>.v<revision>},
 * e.g. {@code partner.customer.added.v1} or {@code partner.customer.subscription.quantity.changed.v1}. A
 * name says the shape of its {@code data}; a new revision of an event is a new name, with its own schema.
 */
public final class EventTypes {

    private static final String PREFIX = "partner.customer.";

    private EventTypes() {
    }

    /** The published name of {@code eventClass} at its current revision. */
    public static String of(Class<? extends CustomerEvent> eventClass) {
        return PREFIX + words(eventClass.getSimpleName()) + ".v" + revisionOf(eventClass);
    }

    /** Every event's published name, in the order of the sealed family. */
    public static List<String> all() {
        return Arrays.stream(CustomerEvent.class.getPermittedSubclasses())
                .map(type -> of(type.asSubclass(CustomerEvent.class))).toList();
    }

    /** The event class a published name stands for, if it names a current one. */
    public static Class<? extends CustomerEvent> classOf(String type) {
        return Arrays.stream(CustomerEvent.class.getPermittedSubclasses())
                .map(candidate -> candidate.asSubclass(CustomerEvent.class))
                .filter(candidate -> of(candidate).equals(type)).findFirst().orElse(null);
    }

    public static String revisionOf(Class<?> eventClass) {
        Revision revision = eventClass.getAnnotation(Revision.class);
        return revision == null ? "1" : revision.value();
    }

    /** "SubscriptionQuantityChanged" → "subscription.quantity.changed"; a leading "Customer" is the prefix's. */
    private static String words(String className) {
        String name = className.startsWith("Customer") ? className.substring("Customer".length()) : className;
        return String.join(".", name.split("(?<=[a-z])(?=[A-Z])")).toLowerCase(Locale.ROOT);
    }
}
