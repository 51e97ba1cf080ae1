package io.partnerportal.onboarding.command.infrastructure;

import io.partnerportal.onboarding.kernel.identity.Attribution;
import io.partnerportal.onboarding.kernel.identity.Caller;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;

/**
 * Hands a command handler its sender as a {@link Caller} parameter, read from the attribution that every
 * command carries in its metadata (and that its events record). Found by Axon through
 * {@code META-INF/services}, so handlers declare what they need and never parse metadata themselves.
 */
public class CallerParameterResolverFactory implements ParameterResolverFactory {

    @Override
    public ParameterResolver<Caller> createInstance(Executable executable, Parameter[] parameters, int parameterIndex) {
        return Caller.class.equals(parameters[parameterIndex].getType()) ? new CallerResolver() : null;
    }

    private static final class CallerResolver implements ParameterResolver<Caller> {

        @Override
        public Caller resolveParameterValue(Message<?> message) {
            return Attribution.callerOf(message.getMetaData());
        }

        @Override
        public boolean matches(Message<?> message) {
            return message.getMetaData().containsKey(Attribution.ACTOR);
        }
    }
}
