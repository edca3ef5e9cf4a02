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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the real CMS (Sling CMS standalone with our bundles, from the aggregated feature) once for all integration
 * and browser tests, in a fresh repository, and stops it when the test run ends. Test classes declare
 * {@code @ExtendWith(CmsServer.class)} and take a {@link Cms} parameter; tests of e-mail also take the
 * {@link TestMailbox} the CMS sends its mail to (started with it).
 */
public class CmsServer implements BeforeAllCallback, ParameterResolver {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    @Override
    public void beforeAll(ExtensionContext context) {
        cms(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Cms.class || type == TestMailbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Cms cms = cms(context);
        if (parameter.getParameter().getType() == TestMailbox.class) {
            Assumptions.assumeTrue(cms.mailbox() != null, "A CMS started by hand sends no mail to the tests");
            return cms.mailbox();
        }
        return cms;
    }

    private static Cms cms(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Cms.class, key -> start(), Cms.class);
    }

    private static Cms start() {
        String external = System.getProperty("swk.baseUrl", "");
        if (!external.isBlank()) {
            // A CMS started by hand (./run.sh): quicker while writing tests. Its data then outlives the run.
            return new Cms(null, URI.create(external.replaceAll("/$", "")), Path.of(System.getProperty("java.io.tmpdir")),
                    null);
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
            TestMailbox mailbox = TestMailbox.start(work.resolve("mail"));
            Cms cms = new Cms(launch(work, home, port, mailbox), URI.create("http://localhost:" + port), work, mailbox);
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
            // Without mail: GreenMail's TLS key is JVM-wide, a second mailbox would replace the shared CMS's.
            Cms cms = new Cms(launch(work, home, port, null), URI.create("http://localhost:" + port), work, null);
            cms.awaitReady(START_TIMEOUT);
            return cms;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the CMS", e);
        }
    }

    static Process launch(Path work, Path home, int port, TestMailbox mailbox) throws IOException {
        String m2 = Path.of(System.getProperty("user.home"), ".m2", "repository").toUri().toString();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g"));
        if (mailbox != null) {
            command.addAll(mailbox.cmsJvmOptions());
        }
        command.addAll(List.of(
                "-cp", required("swk.launcherLib") + File.separator + "*",
                "org.apache.sling.feature.launcher.impl.Main",
                "-f", required("swk.feature"),
                "-p", home.toString(),
                "-c", work.resolve("cache").toString(),
                "-u", Path.of(required("swk.localRepo")).toUri() + "," + m2 + ",https://repo.maven.apache.org/maven2",
                "-D", "org.osgi.service.http.port=" + port));
        if (mailbox != null) {
            command.addAll(mailbox.cmsLauncherArguments());
        }
        // Every test posts from 127.0.0.1: with the product's 10 per 10 minutes the suite would trip over its own
        // submissions. The limiter itself is proven by SubmissionServletTest and RateLimiterTest.
        command.addAll(List.of("-V", "swk.submissions.rateLimit=1000"));
        command.addAll(List.of("-V", "swk.newsletter.rateLimit=1000"));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (mailbox != null) {
            builder.environment().putAll(mailbox.cmsEnvironment());
        }
        return builder
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
        private final TestMailbox mailbox;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        Cms(Process process, URI base, Path work, TestMailbox mailbox) {
            this.process = process;
            this.base = base;
            this.work = work;
            this.mailbox = mailbox;
        }

        /** Where this CMS sends its mail; null for a CMS started by hand. */
        public TestMailbox mailbox() {
            return mailbox;
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
            int readyRounds = 0;
            while (Instant.now().isBefore(deadline)) {
                if (process != null && !process.isAlive()) {
                    throw new IllegalStateException("The CMS stopped while starting; see " + work.resolve("launcher.log"));
                }
                failIfTheRepositoryDidNotStart();
                // Our pages answer as soon as Sling's startup filter lets them through, but that filter does not
                // cover /system: wait for Sling's own "system ready" checks and the user manager that tests use too.
                // Twice in a row: on a cold start Jetty briefly answers between bundle restarts, then 404s again.
                if (allAnswer()) {
                    readyRounds++;
                    if (readyRounds == 2) {
                        return;
                    }
                } else {
                    readyRounds = 0;
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

        private boolean allAnswer() {
            return answers("/bin/samenwerkingskaart/public/initiatives.json") && answers(TestPaths.MAP_PAGE)
                    && answers("/bin/samenwerkingskaart/public/submissions.token.json")
                    && answers("/system/health.json?tags=systemready")
                    && answers("/system/userManager/user/admin.json", "admin", "admin");
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
            stopProcess();
            if (mailbox != null) {
                mailbox.close();
            }
        }

        private void stopProcess() {
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
