package io.partnerportal.onboarding.platform.messaging;

import io.partnerportal.onboarding.kernel.identity.Attribution;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * Copies the attribution of a command onto every event it causes, and names the command as the events'
 * cause. Replaces Axon's default origin provider, whose "correlationId" means the causing message and
 * would overwrite the request's correlation id.
 */
public class AttributionCorrelationProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        var data = new HashMap<String, Object>();
        for (String key : Attribution.INHERITED) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        data.put(Attribution.CAUSATION_ID, message.getIdentifier());
        return data;
    }
}
