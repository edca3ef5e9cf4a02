package nl.samenwerkingskaart.initiatives.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignedTokensTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final SignedTokens tokens = at(NOW);

    @Test
    void aTokenIsValidForItsSubjectUntilItExpires() {
        String token = tokens.issue("onderzoeker");
        assertTrue(tokens.verify("onderzoeker", token));
        assertTrue(at(NOW.plus(Duration.ofHours(1))).verify("onderzoeker", token));
        assertTrue(at(NOW.plus(Duration.ofHours(2))).verify("onderzoeker", token), "valid up to the expiry second");
        assertFalse(at(NOW.plus(Duration.ofHours(2)).plusSeconds(1)).verify("onderzoeker", token));
    }

    @Test
    void aTokenOfSomeoneElseOrFromAnotherSecretIsRefused() {
        String token = tokens.issue("onderzoeker");
        assertFalse(tokens.verify("anonymous", token));
        SignedTokens other = new SignedTokens("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII),
                Duration.ofHours(2), Clock.fixed(NOW, ZoneOffset.UTC));
        assertFalse(other.verify("onderzoeker", token));
    }

    @Test
    void tamperedOrMalformedTokensAreRefused() {
        String token = tokens.issue("onderzoeker");
        String laterExpiry = (Long.parseLong(token.substring(0, token.indexOf('.'))) + 3600)
                + token.substring(token.indexOf('.'));
        assertFalse(tokens.verify("onderzoeker", laterExpiry), "the expiry is signed too");
        for (String bad : new String[] {null, "", ".", "abc", "123.", ".abc", "x.y", token + "x", token.replace('.', ',')}) {
            assertFalse(tokens.verify("onderzoeker", bad), "refuses " + bad);
        }
        assertFalse(tokens.verify(null, token));
    }

    @Test
    void tokensDifferPerSubject() {
        assertNotEquals(tokens.issue("a"), tokens.issue("b"));
    }

    @Test
    void refusesAShortSecret() {
        assertThrows(IllegalArgumentException.class,
                () -> new SignedTokens(new byte[16], Duration.ofHours(1), Clock.systemUTC()));
    }

    private static SignedTokens at(Instant instant) {
        return new SignedTokens(SECRET, Duration.ofHours(2), Clock.fixed(instant, ZoneOffset.UTC));
    }
}
