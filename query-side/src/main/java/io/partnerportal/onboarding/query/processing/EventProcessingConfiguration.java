package io.partnerportal.onboarding.query.processing;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * How the query side consumes the event store: pooled streaming processors (they share segments across
 * query-side instances by claims in the token store), tracking tokens and dead letters in MongoDB beside
 * the read models, one dead-letter queue per projection so that a poison event parks only its customer.
 */
@Configuration(proxyBeanMethods = false)
public class EventProcessingConfiguration {

    /** Every processing group of the query side; each has its own dead-letter queue. */
    public static final List<String> PROJECTIONS = List.of(Projections.CUSTOMER_VIEW, Projections.CUSTOMER_FEED,
            Projections.RELATIONSHIP_REQUESTS);

    /**
     * The most events a processor hands its projections in one batch: their writes are made in one bulk write per
     * batch, and the token stored once (ADR 17). A batch is what has arrived, so under a light load it is one
     * event and nothing waits for it to fill.
     */
    static final int BATCH_SIZE = 200;

    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, @Qualifier("serializer") Serializer serializer) {
        return new FlushingTokenStore(MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .build());
    }

    @Autowired
    void configureProcessors(EventProcessingConfigurer processing, MongoTemplate axonMongoTemplate,
                             @Qualifier("serializer") Serializer serializer, ProjectionActivity activity,
                             EventStore events, EventArrivals arrivals) {
        processing.usingPooledStreamingEventProcessors();
        // Read as soon as events may have arrived, rather than at the next poll (ADR 15).
        processing.configureDefaultStreamableMessageSource(axon -> new WakeableEventSource(events, arrivals));
        // Positions are dense and in one order only if one thread, on one instance at a time, assigns them.
        processing.registerPooledStreamingEventProcessorConfiguration((axon, builder) -> builder.batchSize(BATCH_SIZE));
        processing.registerPooledStreamingEventProcessorConfiguration(Projections.CUSTOMER_FEED,
                (axon, builder) -> builder.batchSize(BATCH_SIZE).initialSegmentCount(1).maxClaimedSegments(1));
        for (String projection : PROJECTIONS) {
            processing.registerDeadLetterQueue(projection, axon -> MongoSequencedDeadLetterQueue.builder()
                    .processingGroup(projection)
                    .mongoTemplate(axonMongoTemplate)
                    .serializer(serializer)
                    .build());
            // Each handled event's append time, for the projection's lag in seconds.
            processing.registerHandlerInterceptor(projection, axon -> (unitOfWork, chain) -> {
                Object result = chain.proceed();
                activity.handled(projection, unitOfWork.getMessage().getTimestamp());
                return result;
            });
        }
    }
}
