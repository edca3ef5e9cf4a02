package nl.samenwerkingskaart.initiatives.submission;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stand-in for a client's IP address: HMAC-SHA256 of the address under a secret. A plain hash would not do, since
 * all IPv4 addresses can be hashed in minutes and the hash reversed; without the secret this cannot. The secret
 * rotates (the caller's job), after which the same address gets a different hash: stored hashes can then no longer
 * be linked to new traffic, at the price of rate-limit counts starting afresh at each rotation.
 *
 * @param value URL-safe Base64 without padding (43 characters)
 */
public record ClientHash(String value) {

    private static final String ALGORITHM = "HmacSHA256";
    /** Shorter secrets would make the HMAC guessable. */
    static final int MIN_SECRET_BYTES = 32;

    public ClientHash {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("A client hash needs a value");
        }
    }

    /** A pure function of secret and address: the same inputs always give the same hash. */
    public static ClientHash of(byte[] secret, String ipAddress) {
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("The client hash secret needs at least " + MIN_SECRET_BYTES + " bytes");
        }
        if (ipAddress == null || ipAddress.isBlank()) {
            throw new IllegalArgumentException("No IP address to hash");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            byte[] digest = mac.doFinal(ipAddress.strip().getBytes(StandardCharsets.UTF_8));
            return new ClientHash(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        } catch (GeneralSecurityException e) {
            // Every Java platform must provide HmacSHA256, so this is a broken runtime, not bad input.
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
