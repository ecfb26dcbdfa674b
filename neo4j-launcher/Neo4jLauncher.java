import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j Community in this JVM and exposes it over Bolt on the loopback interface only.
 *
 * Contract with the Node side (src/db/embedded-neo4j.ts):
 * - arguments are {@code --key=value}: data-dir (required), port (0 picks a free one),
 *   pagecache (bytes, e.g. 128m), tx-timeout (e.g. 30s);
 * - once Bolt accepts connections it prints exactly one line
 *   {@code RAADSGRAAF_NEO4J_READY bolt://127.0.0.1:<port>} on stdout;
 * - it shuts the database down cleanly on SIGTERM/SIGINT, and when its stdin closes, which is
 *   how it learns that the parent process is gone, whatever the reason: no orphan JVM, no store
 *   left open;
 * - any start-up failure prints {@code RAADSGRAAF_NEO4J_FAILED <reason>} and exits with 1.
 *
 * HTTP is off and authentication is off: Bolt listens on 127.0.0.1 only, for this machine's
 * raadsgraaf process. Use your own server (NEO4J_URI) for anything reachable from outside.
 */
public final class Neo4jLauncher {
    private static final String READY = "RAADSGRAAF_NEO4J_READY";
    private static final String FAILED = "RAADSGRAAF_NEO4J_FAILED";
    /** db.tx_log.rotation.retention_policy: the README names this value. */
    static final String TX_LOG_RETENTION = "2 days 512M";
    /** db.checkpoint.interval.time: the README names this value. */
    static final Duration CHECKPOINT_INTERVAL = Duration.ofSeconds(15);

    public static void main(String[] argv) {
        Map<String, String> args = parse(argv);
        String dataDir = args.get("data-dir");
        if (dataDir == null) {
            fail("missing --data-dir=<folder>");
        }
        int port = Integer.parseInt(args.getOrDefault("port", "7687"));
        long pagecache = bytes(args.getOrDefault("pagecache", "128m"));
        Duration txTimeout = duration(args.getOrDefault("tx-timeout", "30s"));

        DatabaseManagementService service;
        try {
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(Path.of(dataDir).toAbsolutePath());
            // Settings to try without a rebuild (benchmarks): a neo4j.conf-style file, read first,
            // so the settings below win where both name one.
            String extra = System.getenv("NEO4J_EMBEDDED_CONF");
            if (extra != null && !extra.isBlank()) {
                builder.loadPropertiesFromFile(Path.of(extra));
            }
            service = builder
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
                    .setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout)
                    // Transaction logs are what recovery replays after a crash (kill -9): every
                    // committed transaction survives. Kept for 2 days but never over 512 MiB ("2 days 512M"), in
                    // 64 MiB files, pruned at each checkpoint, so the store cannot grow without bound.
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, TX_LOG_RETENTION)
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 64L * 1024 * 1024)
                    // A checkpoint every 15 s (default 15 min) if anything was written: after a
                    // kill -9, recovery replays only the last seconds instead of everything since
                    // the store was created, and indexes created since are not built again. On a
                    // loaded 2-core machine that was most of a restart's time.
                    .setConfig(GraphDatabaseSettings.check_point_interval_time, CHECKPOINT_INTERVAL)
                    // No usage report: this JVM only talks to this machine.
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Our only client closes its connections before asking us to stop.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
                    .build();
        } catch (RuntimeException e) {
            fail(rootMessage(e));
            return;
        }

        AtomicBoolean stopped = new AtomicBoolean(false);
        CountDownLatch done = new CountDownLatch(1);
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                try {
                    service.shutdown();
                } finally {
                    done.countDown();
                }
            }
        };
        // SIGTERM and SIGINT run shutdown hooks; the hook waits until the store is closed.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.run();
            awaitQuietly(done);
        }, "neo4j-shutdown"));

        int boltPort;
        try {
            GraphDatabaseAPI system = (GraphDatabaseAPI) service.database("system");
            HostnamePort bound = system.getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            boltPort = bound.getPort();
            // Touch the default database so the first client query does not pay its start-up.
            service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        } catch (RuntimeException e) {
            stop.run();
            fail(rootMessage(e));
            return;
        }
        System.out.println(READY + " bolt://127.0.0.1:" + boltPort);
        System.out.flush();

        // The parent holds our stdin open; end of stream means it is gone.
        Thread watcher = new Thread(() -> {
            InputStream in = System.in;
            byte[] buffer = new byte[256];
            try {
                while (in.read(buffer) >= 0) {
                    // Input is ignored; only its end matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the same as end of stream.
            }
            stop.run();
            System.exit(0);
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();

        awaitQuietly(done);
    }

    private static Map<String, String> parse(String[] argv) {
        Map<String, String> args = new HashMap<>();
        for (String arg : argv) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                fail("unexpected argument '" + arg + "', expected --key=value");
            }
            int eq = arg.indexOf('=');
            args.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return args;
    }

    private static long bytes(String text) {
        String t = text.trim().toLowerCase();
        long unit = 1;
        char last = t.charAt(t.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            unit = last == 'k' ? 1024L : last == 'm' ? 1024L * 1024 : 1024L * 1024 * 1024;
            t = t.substring(0, t.length() - 1);
        }
        try {
            return Long.parseLong(t) * unit;
        } catch (NumberFormatException e) {
            fail("--pagecache must be a size such as 128m, got '" + text + "'");
            return 0;
        }
    }

    private static Duration duration(String text) {
        String t = text.trim().toLowerCase();
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            if (t.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(t));
        } catch (NumberFormatException e) {
            fail("--tx-timeout must be a duration such as 30s or 500ms, got '" + text + "'");
            return Duration.ZERO;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        StringBuilder chain = new StringBuilder(String.valueOf(t.getMessage()));
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            chain.append(" <- ").append(t.getMessage());
        }
        return chain.toString().replace('\n', ' ');
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void fail(String reason) {
        System.out.println(FAILED + " " + reason);
        System.out.flush();
        System.exit(1);
    }
}
