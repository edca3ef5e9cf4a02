package nl.samenwerkingskaart.initiatives.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;
import nl.samenwerkingskaart.initiatives.security.SignedTokens;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The idempotency keys and the tokens bound to them that a public submission form carries
 * ({@code :submission-key}, {@code :swk-csrf}). One service, so that the form rendered by the server (which must work
 * without JavaScript) and the JSON token endpoint issue tokens the endpoint accepts alike. The secret is random per
 * activation: a restart ends every open form earlier than its lifetime.
 */
@Component(service = SubmissionTokens.class)
public class SubmissionTokens {

    /** A form may take a while to fill in. */
    public static final Duration LIFETIME = Duration.ofHours(12);

    private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9_-]{16,64}$");

    private SignedTokens tokens;
    private SecureRandom random;
    private Clock clock = Clock.systemUTC();

    public SubmissionTokens() {}

    /** For tests: a fixed clock. */
    SubmissionTokens(Clock clock) {
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        random = new SecureRandom();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        tokens = new SignedTokens(secret, LIFETIME, clock);
    }

    /** A fresh random key (128 bits, base64url) and a token bound to it. */
    public Issued issue() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return issueFor(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /**
     * A new token for a key the visitor's form already carries, so a form shown again keeps its key (and a
     * double click still finds the first submission); a fresh key when the given one is not well formed.
     */
    public Issued issueFor(String key) {
        if (!isWellFormed(key)) {
            return issue();
        }
        return new Issued(key, tokens.issue(subject(key)), clock.instant());
    }

    /** Whether the token was issued by this service, for this key, and has not expired. */
    public boolean verify(String key, String token) {
        return isWellFormed(key) && tokens.verify(subject(key), token);
    }

    /** When a token of this service was issued (its expiry minus the lifetime); now when it cannot be read. */
    public Instant issuedAt(String token) {
        try {
            long expiry = Long.parseLong(token.substring(0, token.indexOf('.')));
            return Instant.ofEpochSecond(expiry).minus(LIFETIME);
        } catch (RuntimeException e) {
            return clock.instant();
        }
    }

    public static boolean isWellFormed(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** The token is bound to the key, so it proves the poster read this site's form or token endpoint. */
    private static String subject(String key) {
        return "submission|" + key;
    }

    /** A key, its token and when the token was issued (the form's script asks for a new one before it expires). */
    public record Issued(String key, String token, Instant issuedAt) {
        public String getKey() { return key; }
        public String getToken() { return token; }
        public long getIssuedAtMillis() { return issuedAt.toEpochMilli(); }
    }
}
