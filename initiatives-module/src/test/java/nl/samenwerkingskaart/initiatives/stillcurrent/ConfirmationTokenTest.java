package nl.samenwerkingskaart.initiatives.stillcurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfirmationTokenTest {

    private static final Instant SENT = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2026-12-01T10:00:00Z");
    private final SecureRandom random = new SecureRandom();

    @Test
    void aNewTokenIsWellFormedAndDifferentEachTime() {
        String one = ConfirmationToken.newToken(random);
        String two = ConfirmationToken.newToken(random);
        assertTrue(ConfirmationToken.isWellFormed(one), one);
        assertEquals(43, one.length());
        assertNotEquals(one, two);
    }

    @Test
    void onlyTheTokenWhoseHashIsStoredMatches() {
        String token = ConfirmationToken.newToken(random);
        String stored = ConfirmationToken.hash(token);
        assertNotEquals(token, stored, "the token itself is never stored");
        assertTrue(ConfirmationToken.matches(token, stored));
        assertFalse(ConfirmationToken.matches(ConfirmationToken.newToken(random), stored));
        assertFalse(ConfirmationToken.matches(token, null));
        String flipped = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        assertFalse(ConfirmationToken.matches(flipped, stored));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"kort", "<script>alert(1)</script>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaaaaaa aaaaaaaaaaaaaaaaaaaaa"})
    void anythingElseIsNotAToken(String text) {
        assertFalse(ConfirmationToken.isWellFormed(text));
        assertFalse(ConfirmationToken.matches(text, ConfirmationToken.hash("x")));
    }

    @Test
    void aRequestAcceptsItsTokenUntilItExpires() {
        String token = ConfirmationToken.newToken(random);
        VerificationRequest request = new VerificationRequest(SENT, "onderzoeker", ConfirmationToken.hash(token),
                EXPIRES);
        assertTrue(request.accepts(token, SENT));
        assertTrue(request.accepts(token, EXPIRES.minusSeconds(1)));
        assertFalse(request.expired(token, EXPIRES.minusSeconds(1)));
        assertFalse(request.accepts(token, EXPIRES));
        assertTrue(request.expired(token, EXPIRES));
        assertFalse(request.expired(ConfirmationToken.newToken(random), EXPIRES), "a forged token is not 'expired'");
    }

    @Test
    void aUsedRequestAcceptsNothing() {
        String token = ConfirmationToken.newToken(random);
        VerificationRequest used = new VerificationRequest(SENT, "onderzoeker", null, null);
        assertFalse(used.accepts(token, SENT));
        assertFalse(used.expired(token, SENT));
    }
}
