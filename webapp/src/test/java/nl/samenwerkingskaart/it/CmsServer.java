package nl.samenwerkingskaart.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the real CMS (Sling CMS standalone with our bundles, from the aggregated feature) once for all integration
 * and browser tests, in a fresh repository, and stops it when the test run ends. Test classes declare
 * {@code @ExtendWith(CmsServer.class)} and take a {@link Cms} parameter.
 */
public class CmsServer implements BeforeAllCallback, ParameterResolver {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    @Override
    public void beforeAll(ExtensionContext context) {
        cms(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Cms.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return cms(context);
    }

    private static Cms cms(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Cms.class, key -> start(), Cms.class);
    }

    private static Cms start() {
        String external = System.getProperty("swk.baseUrl", "");
        if (!external.isBlank()) {
            // A CMS started by hand (./run.sh): quicker while writing tests. Its data then outlives the run.
            return new Cms(null, URI.create(external.replaceAll("/$", "")), Path.of(System.getProperty("java.io.tmpdir")));
        }
        try {
            Path work = Path.of(required("swk.workDir"));
            Path home = work.resolve("home");
            deleteTree(home);
            Files.createDirectories(work);
            int port = Integer.parseInt(System.getProperty("swk.port", "0"));
            if (port == 0) {
                port = freePort();
            }
            Cms cms = new Cms(launch(work, home, port), URI.create("http://localhost:" + port), work);
            cms.awaitReady(START_TIMEOUT);
            return cms;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the CMS", e);
        }
    }

    /**
     * A CMS of a test's own, outside the shared one, for tests that stop or kill it. {@code fresh} starts from an
     * empty repository; otherwise it starts on the repository the last one in {@code work} left behind.
     */
    static Cms startOwn(Path work, boolean fresh) {
        try {
            Path home = work.resolve("home");
            if (fresh) {
                deleteTree(home);
            }
            Files.createDirectories(work);
            int port = freePort();
            Cms cms = new Cms(launch(work, home, port), URI.create("http://localhost:" + port), work);
            cms.awaitReady(START_TIMEOUT);
            return cms;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the CMS", e);
        }
    }

    static Process launch(Path work, Path home, int port) throws IOException {
        String m2 = Path.of(System.getProperty("user.home"), ".m2", "repository").toUri().toString();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp", required("swk.launcherLib") + File.separator + "*",
                "org.apache.sling.feature.launcher.impl.Main",
                "-f", required("swk.feature"),
                "-p", home.toString(),
                "-c", work.resolve("cache").toString(),
                "-u", Path.of(required("swk.localRepo")).toUri() + "," + m2 + ",https://repo.maven.apache.org/maven2",
                "-D", "org.osgi.service.http.port=" + port));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("launcher.log").toFile()))
                .start();
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " is not set: run the tests with Maven");
        }
        return value;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The running CMS; closed (stopped) by JUnit at the end of the run. */
    public static final class Cms implements ExtensionContext.Store.CloseableResource {
        private final Process process;
        private final URI base;
        private final Path work;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        Cms(Process process, URI base, Path work) {
            this.process = process;
            this.base = base;
            this.work = work;
        }

        public URI base() {
            return base;
        }

        public URI url(String path) {
            return base.resolve(path);
        }

        public Path workDir() {
            return work;
        }

        void awaitReady(Duration timeout) {
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                if (process != null && !process.isAlive()) {
                    throw new IllegalStateException("The CMS stopped while starting; see " + work.resolve("launcher.log"));
                }
                failIfTheRepositoryDidNotStart();
                // Our pages answer as soon as Sling's startup filter lets them through, but that filter does not
                // cover /system: wait for Sling's own "system ready" checks and the user manager that tests use too.
                if (answers("/bin/samenwerkingskaart/public/initiatives.json") && answers(TestPaths.MAP_PAGE)
                        && answers("/system/health.json?tags=systemready")
                        && answers("/system/userManager/user/admin.json", "admin", "admin")) {
                    return;
                }
                sleep(2000);
            }
            close();
            throw new IllegalStateException("The CMS was not ready within " + timeout + "; see " + work.resolve("launcher.log"));
        }

        /** A failed repoinit stops the repository for good: say so at once instead of waiting out the timeout. */
        private void failIfTheRepositoryDidNotStart() {
            Path errorLog = work.resolve("home").resolve("logs").resolve("error.log");
            try {
                if (Files.exists(errorLog)) {
                    String log = Files.readString(errorLog, java.nio.charset.StandardCharsets.ISO_8859_1);
                    int at = log.indexOf("SlingRepository service registration aborted");
                    if (at >= 0) {
                        close();
                        throw new IllegalStateException("The repository did not start (repoinit?): "
                                + log.substring(at, Math.min(log.length(), at + 1500)));
                    }
                }
            } catch (IOException e) {
                // Not readable yet: the next round looks again.
            }
        }

        private boolean answers(String path) {
            return answers(path, null, null);
        }

        private boolean answers(String path, String user, String password) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(20)).GET();
                if (user != null) {
                    request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                }
                HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
                return response.statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        /** Kills the CMS as a power cut would (SIGKILL): no shutdown, nothing flushed on the way out. */
        void kill() {
            if (process == null) {
                throw new IllegalStateException("A CMS started by hand cannot be killed by a test");
            }
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            if (process == null) {
                return;
            }
            process.destroy();
            try {
                if (!process.waitFor(90, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
