package io.partnerportal.onboarding.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real nginx in front of the two sides, as a child process of the test: the Debian package's binary,
 * configured from the shipped template, with everything it writes (pid, logs, temporary files) in a
 * directory of its own, and no root needed. The template goes into the http block of a minimal main
 * configuration, where the nginx image's own nginx.conf includes it. The access log is the template's
 * own (/dev/stdout), caught in a file.
 */
final class Nginx implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/nginx");

    private final Process process;
    private final Path directory;
    private final int port;
    private final Thread stopAtExit;

    private Nginx(Process process, Path directory, int port) {
        this.process = process;
        this.directory = directory;
        this.port = port;
        // A test run that ends any other way (a failure in setup, Ctrl-C) must not leave nginx behind.
        this.stopAtExit = new Thread(this::stop, "nginx-stopper");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /** Fails, rather than skips, on a machine without nginx: the entry point would go untested unnoticed. */
    static void requireInstalled() {
        if (!Files.isExecutable(BINARY)) {
            throw new AssertionError("nginx is not installed: " + BINARY + " is missing. Install it "
                    + "(Debian: apt-get install -y nginx) to test the entry point in deploy/nginx; .ci/run does.");
        }
    }

    /** Starts nginx from the shipped template on a free port, with the two sides as its upstreams. */
    static Nginx inFrontOf(int commandSidePort, int querySidePort) throws IOException, InterruptedException {
        requireInstalled();
        NginxTemplate template = NginxTemplate.shipped();
        Path directory = newDirectory();
        IllegalStateException lastFailure = null;
        // The free port is free only until nginx binds it; another build may take it in between.
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freePort();
            Files.writeString(directory.resolve("onboarding.conf"), template.render(Map.of(
                    "ONBOARDING_PUBLIC_PORT", Integer.toString(port),
                    "ONBOARDING_COMMAND_SIDE", "127.0.0.1:" + commandSidePort,
                    "ONBOARDING_QUERY_SIDE", "127.0.0.1:" + querySidePort)));
            Files.writeString(directory.resolve("nginx.conf"), mainConfiguration(directory));
            Process process = new ProcessBuilder(BINARY.toString(), "-p", directory.toString(),
                    "-e", directory.resolve("error.log").toString(),
                    "-c", directory.resolve("nginx.conf").toString(), "-g", "daemon off;")
                    .redirectOutput(directory.resolve("access.log").toFile())
                    .redirectError(directory.resolve("stderr.log").toFile())
                    .start();
            Nginx nginx = new Nginx(process, directory, port);
            try {
                nginx.awaitListening();
                return nginx;
            } catch (IllegalStateException failure) {
                nginx.close();
                lastFailure = failure;
            }
        }
        throw lastFailure;
    }

    int port() {
        return port;
    }

    /** The access log so far, one JSON object a line in the template's format. */
    List<String> accessLog() {
        try {
            return Files.readAllLines(directory.resolve("access.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException alreadyExiting) {
            // The hook is running or about to: it stops nginx itself.
        }
    }

    private void stop() {
        if (!process.isAlive()) {
            return;
        }
        // SIGTERM: the master stops its workers and exits. Killed outright, it would leave the workers running.
        var workers = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                workers.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private void awaitListening() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited with " + process.exitValue() + ": " + errors());
            }
            try (var probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port + " within 15 s: " + errors());
    }

    private String errors() {
        try {
            return Files.readString(directory.resolve("error.log")) + Files.readString(directory.resolve("stderr.log"));
        } catch (IOException e) {
            return "(no log in " + directory + ")";
        }
    }

    /**
     * As the image's nginx.conf, less what proxying does not use. Every path nginx writes is in the
     * directory: the Debian build's defaults are under /var, which a test may not own.
     */
    private static String mainConfiguration(Path directory) {
        return """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log notice;
                events {
                    worker_connections 256;
                }
                http {
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/onboarding.conf;
                }
                """.formatted(directory);
    }

    /**
     * Readable by all: run as root, nginx's workers run as nobody, and must reach the temporary files in it.
     */
    private static Path newDirectory() throws IOException {
        Path base = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "onboarding-tests"));
        Path directory = Files.createTempDirectory(base, "nginx-");
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        return directory;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
