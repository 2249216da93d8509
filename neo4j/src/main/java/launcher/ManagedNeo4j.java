package launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs the Neo4j Community engine in this JVM with a Bolt connector on loopback, so that the
 * Node side can talk to a real Neo4j without Docker or an installed server.
 *
 * <p>Protocol with the parent process, one line each on stdout:
 * {@code NEO4J_READY bolt://127.0.0.1:PORT} once Bolt accepts connections, or
 * {@code NEO4J_ERROR <reason>} before exiting with a non-zero status.
 *
 * <p>Lifetime: with {@code --users <dir>} the engine runs while any process named in that folder
 * (one empty file per pid) is alive, and shuts down within a second of the last one ending, for
 * any reason (even SIGKILL): every command using the database keeps it up, not only the one that
 * started it, and no JVM outlives them all. With {@code --watch-stdin} or {@code --parent-pid} it
 * instead follows its parent alone.
 *
 * <p>Port: {@code --port 0} reuses the port this home's previous instance listened on when it is
 * free, so clients holding the old address find a restarted instance; otherwise a free one.
 */
public final class ManagedNeo4j {

    private ManagedNeo4j() {}

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            fail("bad arguments: " + e.getMessage(), 64);
            return;
        }

        Path home = Path.of(options.home).toAbsolutePath();
        Files.createDirectories(home);
        Path conf = home.resolve("neo4j.conf");
        if (options.users != null) {
            // Watched from the start, so a JVM whose users all died while it started exits too.
            Path users = Path.of(options.users);
            Thread watcher = new Thread(() -> exitWithoutUsers(users), "users-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        int port = options.port != 0 ? options.port : previousPort(conf);
        if (port == 0 || (options.port == 0 && !portIsFree(port))) {
            port = freeLoopbackPort();
        }
        if (!portIsFree(port)) {
            fail("port " + port + " on 127.0.0.1 is already in use", 3);
            return;
        }

        Map<String, String> config = new HashMap<>();
        config.put("server.bolt.enabled", "true");
        config.put("server.bolt.listen_address", "127.0.0.1:" + port);
        config.put("server.bolt.advertised_address", "127.0.0.1:" + port);
        // Loopback only, so authentication adds nothing but friction for local tools.
        config.put("dbms.security.auth_enabled", "false");
        config.put("server.memory.pagecache.size", options.pageCache);
        config.put("db.tx_log.rotation.retention_policy", "2 files");
        config.put("dbms.usage_report.enabled", "false");
        if (options.plugins != null) {
            config.put("server.directories.plugins", options.plugins);
            config.put("dbms.security.procedures.unrestricted", "apoc.*");
        }
        config.putAll(options.extra);

        // The embedded builder takes raw settings only from a file; writing it into the home
        // also leaves a record of how the running instance was configured (and its port, which
        // the next start in this home tries first).
        StringBuilder lines = new StringBuilder("# Written by the managed launcher at each start.\n");
        config.forEach((key, value) -> lines.append(key).append('=').append(value).append('\n'));
        Files.writeString(conf, lines.toString());

        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
        } catch (RuntimeException e) {
            fail(rootMessage(e), 4);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean shuttingDown = new AtomicBoolean(false);
        Runnable shutdown = () -> {
            if (shuttingDown.compareAndSet(false, true)) {
                try {
                    service.shutdown();
                } finally {
                    stopped.countDown();
                }
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "neo4j-shutdown"));

        if (options.watchStdin) {
            Thread watcher = new Thread(() -> {
                drain(System.in);
                System.exit(0); // runs the shutdown hook, which stops the engine cleanly
            }, "parent-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
        if (options.parentPid > 0) {
            ProcessHandle.of(options.parentPid).ifPresentOrElse(
                    parent -> parent.onExit().thenRun(() -> System.exit(0)),
                    () -> System.exit(0));
        }

        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Input is ignored; only its end matters.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone, the same as end of file.
        }
    }

    /** The Bolt port this home's previous instance was configured with; 0 when there was none. */
    private static int previousPort(Path conf) {
        try {
            Matcher match = Pattern.compile("^server\\.bolt\\.listen_address=127\\.0\\.0\\.1:(\\d+)$", Pattern.MULTILINE)
                    .matcher(Files.readString(conf));
            return match.find() ? Integer.parseInt(match.group(1)) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Exits (through the shutdown hook, which stops the engine cleanly) once no process named in
     * {@code users} is alive. A file older than the process holding its pid is a dead user's
     * whose pid was reused, and counts for nothing.
     */
    private static void exitWithoutUsers(Path users) {
        for (;;) {
            boolean anyAlive = false;
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(users)) {
                for (Path entry : entries) {
                    anyAlive |= isLiveUser(entry);
                }
            } catch (IOException e) {
                anyAlive = false;
            }
            if (!anyAlive) {
                System.exit(0);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static boolean isLiveUser(Path entry) {
        long pid;
        try {
            pid = Long.parseLong(entry.getFileName().toString());
        } catch (NumberFormatException e) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return false;
        }
        Optional<Instant> started = process.get().info().startInstant();
        try {
            Instant registered = Files.getLastModifiedTime(entry).toInstant();
            // Start times are only known to the clock tick; allow a second of slack.
            return started.isEmpty() || !started.get().isAfter(registered.plusSeconds(1));
        } catch (IOException e) {
            return false;
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        StringBuilder message = new StringBuilder(String.valueOf(error.getMessage()));
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            message.append(" | caused by: ").append(cause.getMessage());
        }
        return message.toString().replace('\n', ' ');
    }

    private static void fail(String reason, int status) {
        System.out.println("NEO4J_ERROR " + reason);
        System.out.flush();
        System.exit(status);
    }

    private static final class Options {
        String home;
        int port;
        String pageCache = "64m";
        String plugins;
        String users;
        boolean watchStdin;
        long parentPid;
        final Map<String, String> extra = new HashMap<>();

        static Options parse(String[] args) {
            Options options = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--home" -> options.home = value(args, ++i, arg);
                    case "--port" -> options.port = Integer.parseInt(value(args, ++i, arg));
                    case "--page-cache" -> options.pageCache = value(args, ++i, arg);
                    case "--plugins" -> options.plugins = value(args, ++i, arg);
                    case "--parent-pid" -> options.parentPid = Long.parseLong(value(args, ++i, arg));
                    case "--users" -> options.users = value(args, ++i, arg);
                    case "--watch-stdin" -> options.watchStdin = true;
                    case "--config" -> {
                        String pair = value(args, ++i, arg);
                        int eq = pair.indexOf('=');
                        if (eq <= 0) {
                            throw new IllegalArgumentException("--config expects key=value, got " + pair);
                        }
                        options.extra.put(pair.substring(0, eq), pair.substring(eq + 1));
                    }
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            if (options.home == null) {
                throw new IllegalArgumentException("--home <directory> is required");
            }
            if (options.port < 0 || options.port > 65535) {
                throw new IllegalArgumentException("--port must be 0..65535");
            }
            return options;
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }
    }
}
