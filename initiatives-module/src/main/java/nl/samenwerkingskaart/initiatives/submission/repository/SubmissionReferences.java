package nl.samenwerkingskaart.initiatives.submission.repository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Reference numbers and key hashes. A reference is {@code SW-<year>-} plus six characters of Crockford's base32
 * (no I, L, O, U: nothing to misread on the phone), derived from the hash of the idempotency key and an attempt
 * number. The key is a random value the server issued to the form, so the reference cannot be guessed by anyone
 * else, and the same key always leads to the same candidates: looking for an earlier POST of the same form is a
 * plain read of the first candidate (the next one only after a collision).
 */
public final class SubmissionReferences {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 6;
    public static final Pattern REFERENCE = Pattern.compile("^SW-\\d{4}-[0-9A-HJKMNP-TV-Z]{6}$");

    private SubmissionReferences() {}

    /** The reference tried at this attempt (0, 1, ...) for this key in this year. */
    static String candidate(String idempotencyKey, int year, int attempt) {
        byte[] digest = sha256("reference|" + attempt + "|" + idempotencyKey);
        return "SW-" + year + "-" + base32(digest);
    }

    /** What is stored of the key: enough to recognise it again, useless to anyone who reads the node. */
    static String keyHash(String idempotencyKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256("key|" + idempotencyKey));
    }

    /** A reference that looks like a real one and belongs to nothing: the answer to a robot. */
    public static String decoy(byte[] random, int year) {
        return "SW-" + year + "-" + base32(random);
    }

    private static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            out.append(ALPHABET.charAt((bytes[i] & 0xff) % 32));
        }
        return out.toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
