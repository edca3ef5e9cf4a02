package nl.samenwerkingskaart.initiatives.newsletter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The personal links in newsletter mails (confirm, unsubscribe): 256 random bits as 43 URL-safe characters. Only a
 * token's SHA-256 is stored, so whoever reads the repository cannot confirm or unsubscribe anyone; a link is checked
 * by hashing what the visitor brings. Subscribers are stored under the SHA-256 of their address, so a signup finds an
 * earlier one without a query and the address appears in no path.
 */
public final class NewsletterTokens {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SecureRandom random;

    public NewsletterTokens(SecureRandom random) {
        this.random = random;
    }

    /** A new token, to be mailed once and never stored. */
    public String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a string has a token's shape; anything else is refused before it is hashed or looked up. */
    public static boolean hasTokenShape(String candidate) {
        return candidate != null && SHAPE.matcher(candidate).matches();
    }

    /** The stored form of a token: its SHA-256 in lower-case hex. */
    public static String hash(String token) {
        return sha256(token);
    }

    /** The key a subscriber is stored under: the SHA-256 of the address as {@link #normalise} writes it. */
    public static String addressKey(String address) {
        return sha256(normalise(address));
    }

    /** Mail providers treat an address's case as one mailbox; so do we, so one person is one subscriber. */
    public static String normalise(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
