package io.partnerportal.onboarding.query.readmodel;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

import java.util.Set;

/**
 * mongo-java-server's H2 backend, committing its store before a write is acknowledged, instead of about
 * once a second: what a client was told is written survives a crash of the process.
 */
final class CommitOnWriteH2Backend extends H2Backend {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "findAndModify",
            "createIndexes", "dropIndexes", "drop", "dropDatabase", "create", "renameCollection");

    CommitOnWriteH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document result = super.handleCommand(channel, databaseName, command, query);
        if (WRITES.contains(command)) {
            commit();
        }
        return result;
    }
}
