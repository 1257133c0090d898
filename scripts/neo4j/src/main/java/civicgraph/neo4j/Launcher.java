package civicgraph.neo4j;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
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
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;
import picocli.CommandLine;

/**
 * Runs an embedded Neo4j Community DBMS with Bolt (and optionally HTTP + Browser) on 127.0.0.1.
 *
 * <p>Contract with scripts/neo4j-local.ts: exactly one line starting with {@code NEO4J READY} is
 * printed on stdout once the default database accepts queries and the password is set; a line
 * starting with {@code NEO4J FAILED} (and exit code 1) is printed if startup fails.
 *
 * <p>Options: --data DIR, --bolt-port N (0 = any free port), --http-port N (0 = no HTTP),
 * --password P (else env NEO4J_PASSWORD), --pagecache SIZE, --tx-timeout DURATION,
 * --tx-log-rotation SIZE, --exit-on-stdin-eof. Each may also come from a system property
 * {@code civicgraph.neo4j.<name>} (e.g. -Dcivicgraph.neo4j.bolt-port=7687).
 */
public final class Launcher {
    static final String READY_PREFIX = "NEO4J READY";
    static final String FAILED_PREFIX = "NEO4J FAILED";
    private static final String HOST = "127.0.0.1";
    private static final String USER = "neo4j";

    private Launcher() {}

    public static void main(String[] args) {
        PrintStream out = System.out;
        Options opts;
        try {
            opts = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(FAILED_PREFIX + " " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (opts.help) {
            out.println(Options.USAGE);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        DatabaseManagementService dbms = null;
        try {
            Files.createDirectories(opts.home);
            long t0 = System.nanoTime();
            // On a fresh home, seed the password the way `neo4j-admin dbms set-initial-password` does:
            // it is picked up when the system database is created, so no Cypher runs at startup.
            if (!Files.exists(opts.home.resolve("data").resolve("databases").resolve("system"))) {
                seedInitialPassword(opts.home, opts.password);
            }
            dbms = build(opts);
            final DatabaseManagementService running = dbms;
            // SIGTERM/SIGINT and System.exit all run shutdown hooks: close the stores cleanly so the
            // next start needs no recovery.
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    running.shutdown();
                                    out.println("NEO4J STOPPED");
                                    out.flush();
                                } finally {
                                    stopped.countDown();
                                }
                            },
                            "civicgraph-neo4j-shutdown"));

            GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            if (!passwordWorks((GraphDatabaseAPI) system, opts.password)) {
                setPassword(system, opts.password);
            }

            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(TimeUnit.SECONDS.toMillis(120))) {
                throw new IllegalStateException("default database did not become available within 120s");
            }

            ConnectorPortRegister ports = ((GraphDatabaseAPI) system)
                    .getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class);
            StringBuilder ready = new StringBuilder(READY_PREFIX)
                    .append(" bolt://")
                    .append(hostPort(ports.getLocalAddress(ConnectorType.BOLT), opts.boltPort));
            if (opts.httpPort > 0) {
                ready.append(" http://").append(hostPort(ports.getLocalAddress(ConnectorType.HTTP), opts.httpPort));
            }
            out.println("civicgraph launcher: started in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            out.println(ready);
            out.flush();

            if (opts.exitOnStdinEof) {
                watchStdin();
            }
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            System.err.println(FAILED_PREFIX + " " + describe(t));
            t.printStackTrace();
            if (dbms != null) {
                try {
                    dbms.shutdown();
                } catch (Throwable ignored) {
                    // Already failing; the original error is the useful one.
                }
            }
            // halt: the shutdown hook would try to shut down a second time.
            System.err.flush();
            Runtime.getRuntime().halt(1);
        }
    }

    private static DatabaseManagementService build(Options o) {
        DatabaseManagementServiceBuilder b = new DatabaseManagementServiceBuilder(o.home)
                // neo4j.log-style messages go to stdout, which the Node side redirects into the log file.
                .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, o.boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, o.boltPort))
                .setConfig(HttpConnector.enabled, o.httpPort > 0)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, o.pagecacheBytes)
                .setConfig(GraphDatabaseSettings.transaction_timeout, o.txTimeout)
                // Preallocation would reserve db.tx_log.rotation.size per database up front
                // (256 MiB each by default); small rotated files keep a fresh dir at a few MB.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, o.txLogRotationBytes)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                // No network here and no reason to phone home from dev/CI.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt's Netty shutdown waits ~10s by default (quiet period + pool drain); a dev/test
                // server has no in-flight work worth that, and `stop` should be quick. Internal
                // settings: re-check them when bumping neo4j.version.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(2));
        if (o.httpPort > 0) {
            b.setConfig(HttpConnector.listen_address, new SocketAddress(HOST, o.httpPort));
            b.setConfig(HttpConnector.advertised_address, new SocketAddress(HOST, o.httpPort));
        }
        return b.build();
    }

    /** Writes data/dbms/auth.ini (user neo4j, no forced change) before the very first start. */
    private static void seedInitialPassword(Path home, String password) {
        try {
            // The command's chatter ("IMPORTANT: ...") would only confuse readers of our log.
            ByteArrayOutputStream sink = new ByteArrayOutputStream();
            PrintStream quiet = new PrintStream(sink, true, StandardCharsets.UTF_8);
            ExecutionContext ctx =
                    new ExecutionContext(home, home.resolve("conf"), quiet, quiet, new DefaultFileSystemAbstraction());
            int rc = new CommandLine(new SetInitialPasswordCommand(ctx))
                    .setOut(new PrintWriter(quiet, true))
                    .setErr(new PrintWriter(quiet, true))
                    .execute(password);
            if (rc != 0) {
                System.out.println("civicgraph launcher: set-initial-password failed (" + rc + "): "
                        + sink.toString(StandardCharsets.UTF_8).trim());
            }
        } catch (RuntimeException | LinkageError e) {
            // Not fatal: passwordWorks() then fails and the password is set with Cypher instead.
            System.out.println("civicgraph launcher: set-initial-password unavailable: " + e);
        }
    }

    /** Asks the auth manager directly (no Cypher, so no planner warm-up) whether the password is in force. */
    private static boolean passwordWorks(GraphDatabaseAPI system, String password) {
        try {
            AuthManager auth = system.getDependencyResolver().resolveDependency(AuthManager.class);
            Map<String, Object> token = new HashMap<>();
            token.put("scheme", "basic");
            token.put("principal", USER);
            token.put("credentials", password.getBytes(StandardCharsets.UTF_8));
            LoginContext login = auth.login(token, ClientConnectionInfo.EMBEDDED_CONNECTION);
            return login.subject().getAuthenticationResult() == AuthenticationResult.SUCCESS;
        } catch (Exception | LinkageError e) {
            return false;
        }
    }

    /** Gives the neo4j user the wanted password with no forced change (slow path: Cypher on system). */
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            // Neo4j refuses to "change" a password to the one it already has: that is the
            // normal case on every restart, so only clear the change-required flag then.
            String msg = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (!msg.contains("cannot be the same")) {
                throw e;
            }
            system.executeTransactionally("ALTER USER " + USER + " SET PASSWORD CHANGE NOT REQUIRED");
        }
    }

    /** Top-level error plus its root cause, which is the actionable part (e.g. "Address already in use"). */
    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == t ? String.valueOf(t) : t + " | root cause: " + root;
    }

    private static String hostPort(HostnamePort actual, int requested) {
        // With port 0 only the port register knows which port the OS picked.
        int port = actual != null ? actual.getPort() : requested;
        return HOST + ":" + port;
    }

    /** Lets a parent (e.g. a test runner) own the DBMS: when its end of our stdin closes, we stop. */
    private static void watchStdin() {
        Thread t = new Thread(
                () -> {
                    InputStream in = System.in;
                    byte[] buf = new byte[256];
                    try {
                        while (in.read(buf) >= 0) {
                            // Ignore input; only EOF matters.
                        }
                    } catch (IOException ignored) {
                        // A broken pipe means the parent is gone as well.
                    }
                    System.exit(0);
                },
                "civicgraph-neo4j-stdin-watch");
        t.setDaemon(true);
        t.start();
    }

    static final class Options {
        static final String USAGE = String.join(
                "\n",
                "Usage: java [JVM flags] -cp <jar>:<lib>/* civicgraph.neo4j.Launcher [options]",
                "  --data DIR            Neo4j home (data/ and logs/ go below it) [.neo4j]",
                "  --bolt-port N         Bolt port on 127.0.0.1, 0 = any free port [7687]",
                "  --http-port N         HTTP/Browser port on 127.0.0.1, 0 = disabled [0]",
                "  --password P          password of user neo4j, >= 8 chars [env NEO4J_PASSWORD, else civicgraph-dev]",
                "  --pagecache SIZE      page cache, e.g. 256m [256m]",
                "  --tx-timeout DUR      transaction timeout, e.g. 60s, 2m [60s]",
                "  --tx-log-rotation SIZE  transaction log file size before rotation [8m]",
                "  --exit-on-stdin-eof   stop when stdin closes (parent process gone)",
                "Every option may also be a system property civicgraph.neo4j.<name>.");

        Path home = Path.of(".neo4j");
        int boltPort = 7687;
        int httpPort = 0;
        String password;
        long pagecacheBytes = 256L << 20;
        Duration txTimeout = Duration.ofSeconds(60);
        long txLogRotationBytes = 8L << 20;
        boolean exitOnStdinEof;
        boolean help;

        static Options parse(String[] args) {
            Options o = new Options();
            // System properties first, so explicit arguments win.
            for (String name : new String[] {
                "data", "bolt-port", "http-port", "password", "pagecache", "tx-timeout", "tx-log-rotation"
            }) {
                String v = System.getProperty("civicgraph.neo4j." + name);
                if (v != null) {
                    o.set(name, v);
                }
            }
            if (Boolean.getBoolean("civicgraph.neo4j.exit-on-stdin-eof")) {
                o.exitOnStdinEof = true;
            }
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--help") || a.equals("-h")) {
                    o.help = true;
                    continue;
                }
                if (a.equals("--exit-on-stdin-eof")) {
                    o.exitOnStdinEof = true;
                    continue;
                }
                if (!a.startsWith("--")) {
                    throw new IllegalArgumentException("unexpected argument: " + a);
                }
                String name = a.substring(2);
                String value;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException("missing value for --" + name);
                }
                o.set(name, value);
            }
            if (o.password == null) {
                String env = System.getenv("NEO4J_PASSWORD");
                o.password = env != null && !env.isEmpty() ? env : "civicgraph-dev";
            }
            // Neo4j's own default minimum (dbms.security.auth_minimum_password_length) is 8.
            if (o.password.length() < 8) {
                throw new IllegalArgumentException("password must have at least 8 characters");
            }
            o.home = o.home.toAbsolutePath().normalize();
            return o;
        }

        private void set(String name, String value) {
            switch (name) {
                case "data" -> home = Path.of(value);
                case "bolt-port" -> boltPort = port(name, value);
                case "http-port" -> httpPort = port(name, value);
                case "password" -> password = value;
                case "pagecache" -> pagecacheBytes = bytes(name, value);
                case "tx-timeout" -> txTimeout = duration(name, value);
                case "tx-log-rotation" -> txLogRotationBytes = bytes(name, value);
                default -> throw new IllegalArgumentException("unknown option --" + name);
            }
        }

        private static int port(String name, String v) {
            try {
                int p = Integer.parseInt(v.trim());
                if (p < 0 || p > 65535) {
                    throw new NumberFormatException();
                }
                return p;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " needs a port number 0-65535, got " + v);
            }
        }

        static long bytes(String name, String v) {
            String s = v.trim().toLowerCase(Locale.ROOT);
            long mul = 1;
            if (s.endsWith("b")) {
                s = s.substring(0, s.length() - 1);
            }
            char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
            switch (last) {
                case 'k' -> mul = 1L << 10;
                case 'm' -> mul = 1L << 20;
                case 'g' -> mul = 1L << 30;
                default -> mul = 1;
            }
            if (mul != 1) {
                s = s.substring(0, s.length() - 1);
            }
            try {
                return Long.parseLong(s.trim()) * mul;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " needs a size such as 256m, got " + v);
            }
        }

        static Duration duration(String name, String v) {
            String s = v.trim().toLowerCase(Locale.ROOT);
            try {
                if (s.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
                }
                if (s.endsWith("s")) {
                    return Duration.ofSeconds(Long.parseLong(s.substring(0, s.length() - 1)));
                }
                if (s.endsWith("m")) {
                    return Duration.ofMinutes(Long.parseLong(s.substring(0, s.length() - 1)));
                }
                if (s.endsWith("h")) {
                    return Duration.ofHours(Long.parseLong(s.substring(0, s.length() - 1)));
                }
                return Duration.ofSeconds(Long.parseLong(s));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " needs a duration such as 60s, got " + v);
            }
        }
    }

    static {
        // Keep stdout line-oriented and UTF-8 whatever the platform default is.
        System.setOut(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }
}
