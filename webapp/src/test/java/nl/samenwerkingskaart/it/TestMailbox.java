package nl.samenwerkingskaart.it;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jasypt.encryption.pbe.StandardPBEStringEncryptor;
import org.jasypt.iv.RandomIvGenerator;

/**
 * A local SMTPS server (GreenMail) for the test CMS, started once with it: the CMS sends its mail here exactly as it
 * would to a real server (Sling Commons Messaging Mail over SMTPS with a certificate it trusts, logging in with a
 * password that Sling Commons Crypto decrypts), and tests read what arrived. Tests take it as a parameter like
 * {@link CmsServer.Cms}: {@code void test(TestMailbox mailbox)}.
 *
 * <p>Every mail stays for the whole run, so a test should send to addresses of its own ({@link #newAddress}) and
 * only look at those.
 */
public final class TestMailbox implements AutoCloseable {

    static final String SENDER = "noreply@samenwerkingskaart.test";
    private static final String SMTP_USER = "cms";
    /** The algorithm of the crypto service in the feature (Sling Commons Crypto's Jasypt default). */
    private static final String CRYPTO_ALGORITHM = "PBEWITHHMACSHA512ANDAES_256";

    private final GreenMail greenMail;
    private final int port;
    private final Path trustStore;
    private final String trustStorePassword;
    private final String cryptoPassword;
    private final String encryptedSmtpPassword;

    private TestMailbox(GreenMail greenMail, int port, Path trustStore, String trustStorePassword,
            String cryptoPassword, String encryptedSmtpPassword) {
        this.greenMail = greenMail;
        this.port = port;
        this.trustStore = trustStore;
        this.trustStorePassword = trustStorePassword;
        this.cryptoPassword = cryptoPassword;
        this.encryptedSmtpPassword = encryptedSmtpPassword;
    }

    /** Starts the server on a free port with a fresh certificate for localhost, kept under {@code dir}. */
    static TestMailbox start(Path dir) throws IOException {
        Files.createDirectories(dir);
        String storePassword = randomSecret();
        Path keyStore = dir.resolve("smtp-server.p12");
        Files.deleteIfExists(keyStore);
        keytool("-genkeypair", "-alias", "smtp", "-keyalg", "RSA", "-keysize", "2048", "-validity", "7",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", storePassword, "-keypass", storePassword);
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY, keyStore.toString());
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY, storePassword);
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEY_PASSWORD_PROPERTY, storePassword);
        Path trustStore = dir.resolve("cms-truststore.p12");
        writeTrustStore(keyStore, storePassword, trustStore);

        String smtpPassword = randomSecret();
        String cryptoPassword = randomSecret();
        int port = freePort();
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(SMTP_USER, smtpPassword));
        greenMail.start();
        return new TestMailbox(greenMail, port, trustStore, storePassword, cryptoPassword,
                encrypt(smtpPassword, cryptoPassword));
    }

    /** JVM options of the CMS: trust the server's certificate (besides the JDK's own authorities). */
    List<String> cmsJvmOptions() {
        return List.of("-Djavax.net.ssl.trustStore=" + trustStore, "-Djavax.net.ssl.trustStorePassword="
                + trustStorePassword, "-Djavax.net.ssl.trustStoreType=PKCS12");
    }

    /** Launcher arguments of the CMS: the feature variables that turn mail on and point it here. */
    List<String> cmsLauncherArguments() {
        List<String> arguments = new ArrayList<>();
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("swk.mail.enabled", "true");
        variables.put("swk.mail.host", "localhost");
        variables.put("swk.mail.port", String.valueOf(port));
        variables.put("swk.mail.from", SENDER);
        variables.put("swk.mail.username", SMTP_USER);
        variables.put("swk.mail.password", encryptedSmtpPassword);
        variables.forEach((name, value) -> arguments.addAll(List.of("-V", name + "=" + value)));
        return arguments;
    }

    /** Environment of the CMS: the master password Sling Commons Crypto decrypts the SMTP password with. */
    Map<String, String> cmsEnvironment() {
        return Map.of("SWK_MAIL_CRYPTO_PASSWORD", cryptoPassword);
    }

    /** An address nobody else in the run sends to, e.g. {@code anja.3f9c1a@example.nl}. */
    public static String newAddress(String name) {
        byte[] bytes = new byte[4];
        new SecureRandom().nextBytes(bytes);
        return name + "." + java.util.HexFormat.of().formatHex(bytes) + "@example.nl";
    }

    /** Every mail received so far with this address among its recipients, oldest first. */
    public List<Mail> mailsTo(String address) {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            Mail mail = Mail.of(message);
            if (mail.recipients().stream().anyMatch(r -> r.equalsIgnoreCase(address))) {
                mails.add(mail);
            }
        }
        return mails;
    }

    /** Waits until at least {@code count} mails to this address arrived, then returns all of them. */
    public List<Mail> awaitMailsTo(String address, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<Mail> mails = mailsTo(address);
        while (mails.size() < count && Instant.now().isBefore(deadline)) {
            sleep(200);
            mails = mailsTo(address);
        }
        if (mails.size() < count) {
            throw new AssertionError("Expected " + count + " mail(s) to " + address + " within " + timeout
                    + ", got " + mails.size());
        }
        return mails;
    }

    /**
     * Waits {@code quiet} (mail is sent asynchronously), then returns the mails to this address: for checking that
     * none, or no further one, came.
     */
    public List<Mail> mailsToAfter(String address, Duration quiet) {
        sleep(quiet.toMillis());
        return mailsTo(address);
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    /** One received mail, decoded. */
    public record Mail(String from, List<String> recipients, String subject, String contentType, String body,
            Map<String, String> headers) {

        static Mail of(MimeMessage message) {
            try {
                Map<String, String> headers = new LinkedHashMap<>();
                for (Header header : Collections.list(message.getAllHeaders())) {
                    headers.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), header.getValue());
                }
                Object content = message.getContent();
                return new Mail(addresses(message.getFrom()).stream().findFirst().orElse(null),
                        addresses(message.getAllRecipients()), message.getSubject(), message.getContentType(),
                        content instanceof String text ? text.replace("\r\n", "\n") : String.valueOf(content),
                        headers);
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("Could not read a received mail", e);
            }
        }

        /** A header by name, any case; null when absent. */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        private static List<String> addresses(Address[] addresses) {
            return addresses == null ? List.of() : Arrays.stream(addresses)
                    .map(a -> a instanceof jakarta.mail.internet.InternetAddress ia ? ia.getAddress() : a.toString())
                    .toList();
        }
    }

    /** Encrypted as Sling Commons Crypto's Jasypt service decrypts (its defaults: random IV and salt, base64). */
    private static String encrypt(String secret, String masterPassword) {
        StandardPBEStringEncryptor encryptor = new StandardPBEStringEncryptor();
        encryptor.setAlgorithm(CRYPTO_ALGORITHM);
        encryptor.setIvGenerator(new RandomIvGenerator());
        encryptor.setKeyObtentionIterations(1000);
        encryptor.setStringOutputType("base64");
        encryptor.setPassword(masterPassword);
        return encryptor.encrypt(secret);
    }

    /** The JDK's authorities plus the test server's certificate, so the CMS's other TLS connections still work. */
    private static void writeTrustStore(Path keyStore, String password, Path target) throws IOException {
        try {
            KeyStore server = KeyStore.getInstance(keyStore.toFile(), password.toCharArray());
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            Path cacerts = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
            if (Files.exists(cacerts)) {
                KeyStore jdk = KeyStore.getInstance(cacerts.toFile(), "changeit".toCharArray());
                for (String alias : Collections.list(jdk.aliases())) {
                    if (jdk.isCertificateEntry(alias)) {
                        trusted.setCertificateEntry(alias, jdk.getCertificate(alias));
                    }
                }
            }
            trusted.setCertificateEntry("samenwerkingskaart-test-smtp", server.getCertificate("smtp"));
            try (OutputStream out = Files.newOutputStream(target)) {
                trusted.store(out, password.toCharArray());
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("Could not write the trust store for the test mail server", e);
        }
    }

    private static void keytool(String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while making the test certificate", e);
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
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
