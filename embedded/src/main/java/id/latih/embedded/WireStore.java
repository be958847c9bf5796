package id.latih.embedded;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The stand-in for MongoDB: mongo-java-server speaks the MongoDB wire protocol and keeps its data on disk in one H2
 * file, so a restart keeps it. Real MongoDB binaries cannot be had on every machine; docker-compose and Kubernetes
 * use the real one, and the services use only what both support.
 */
public final class WireStore implements AutoCloseable {

    private final MongoServer server;

    private WireStore(MongoServer server) {
        this.server = server;
    }

    public static WireStore start(Path dataDir, int port) throws IOException {
        Path dir = Files.createDirectories(dataDir.resolve("store"));
        MongoServer server = new MongoServer(new H2Backend(dir.resolve("latih.mv").toString()));
        server.bind("localhost", port);
        return new WireStore(server);
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
