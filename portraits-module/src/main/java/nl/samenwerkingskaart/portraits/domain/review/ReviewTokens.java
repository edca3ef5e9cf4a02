package nl.samenwerkingskaart.portraits.domain.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Personal review links: 256 random bits, written as 43 URL-safe characters. Only a token's SHA-256 is stored, so
 * whoever reads the repository cannot open a link; a link is checked by hashing what the visitor brings.
 */
public final class ReviewTokens {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern HASH_SHAPE = Pattern.compile("[0-9a-f]{64}");

    private final SecureRandom random;

    public ReviewTokens(SecureRandom random) {
        this.random = random;
    }

    public ReviewTokens() {
        this(new SecureRandom());
    }

    /** A new token, to be sent to one contact and never stored. */
    public String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a string has a token's shape; anything else is refused before it is hashed or looked up. */
    public static boolean hasTokenShape(String candidate) {
        return candidate != null && SHAPE.matcher(candidate).matches();
    }

    /** Whether a string is a stored hash (the name of an invitation's node). */
    public static boolean hasHashShape(String candidate) {
        return candidate != null && HASH_SHAPE.matcher(candidate).matches();
    }

    /** The stored form of a token: its SHA-256 in lower-case hex. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
