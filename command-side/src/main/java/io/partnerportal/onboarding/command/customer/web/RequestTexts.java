package io.partnerportal.onboarding.command.customer.web;

import io.partnerportal.onboarding.kernel.rejection.Violation;
import io.partnerportal.onboarding.kernel.text.PlainText;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Every text of a write's body, checked by {@link PlainText} and named by its JSON path
 * ({@code primaryContact.firstName}, {@code securityGroups[0].groupId}). It walks the body's records rather
 * than listing fields, so that a field added to a body later is covered without anyone remembering to.
 */
public final class RequestTexts {

    private RequestTexts() {
    }

    public static List<Violation> violations(Object body) {
        var found = new ArrayList<Violation>();
        collect("", body, found);
        return List.copyOf(found);
    }

    private static void collect(String path, Object value, List<Violation> found) {
        switch (value) {
            case String text -> found.addAll(PlainText.violations(path, text));
            case Record record -> {
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    String name = path.isEmpty() ? component.getName() : path + "." + component.getName();
                    collect(name, read(component, record), found);
                }
            }
            case List<?> items -> {
                for (int i = 0; i < items.size(); i++) {
                    collect(path + "[" + i + "]", items.get(i), found);
                }
            }
            case Collection<?> items -> items.forEach(item -> collect(path, item, found));
            case null, default -> {
                // Numbers, booleans, dates and enums hold no free text.
            }
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            // Bodies are records private to their controllers' packages: read them as the JSON mapper does.
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("A request body's record cannot be read: " + record.getClass(), e);
        }
    }
}
