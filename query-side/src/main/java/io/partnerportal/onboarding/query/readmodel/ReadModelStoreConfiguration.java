package io.partnerportal.onboarding.query.readmodel;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * MongoDB for read models, tracking tokens and dead letters, through the synchronous driver: the one at
 * {@code MONGODB_URI}, or else the embedded one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadModelProperties.class)
public class ReadModelStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReadModelStoreConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${onboarding.read-models.mongodb-uri:}'.isBlank()")
    EmbeddedMongo embeddedMongo(ReadModelProperties properties) {
        var embedded = EmbeddedMongo.start(properties.dataDir(), properties.embeddedPort(),
                properties.embeddedCommitEveryWrite());
        log.info("Read models: embedded MongoDB (mongo-java-server, H2 file {}, {}) listening on {} - look inside "
                + "with: mongosh {}/{}", embedded.file(), properties.embeddedCommitEveryWrite()
                        ? "committing every write" : "committing about once a second",
                embedded.connectionString(), embedded.connectionString(), properties.database());
        return embedded;
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(ReadModelProperties properties, ObjectProvider<EmbeddedMongo> embedded) {
        EmbeddedMongo server = embedded.getIfAvailable();
        if (server != null) {
            return MongoClients.create(server.connectionString());
        }
        var uri = new ConnectionString(properties.mongodbUri());
        log.info("Read models: MongoDB at {} (database {})", uri.getHosts(), properties.database());
        return MongoClients.create(uri);
    }

    @Bean
    MongoDatabase readModelDatabase(MongoClient client, ReadModelProperties properties) {
        return client.getDatabase(properties.database());
    }

    /** Axon's view of the same database: tracking tokens and dead letters live beside the read models. */
    @Bean
    MongoTemplate axonMongoTemplate(MongoClient client, ReadModelProperties properties) {
        return DefaultMongoTemplate.builder()
                .mongoDatabase(client, properties.database())
                .trackingTokensCollectionName("tracking_tokens")
                .deadLetterCollectionName("dead_letters")
                .build();
    }

    @Bean
    HealthIndicator readModels(MongoDatabase database) {
        return () -> {
            try {
                database.runCommand(new Document("ping", 1));
                return Health.up().withDetail("database", database.getName()).build();
            } catch (RuntimeException e) {
                return Health.down(e).withDetail("database", database.getName()).build();
            }
        };
    }
}
