package nl.samenwerkingskaart.portraits.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewTokensTest {

    private final ReviewTokens tokens = new ReviewTokens();

    @Test
    void aTokenIs43UrlSafeCharactersCarrying256RandomBits() {
        for (int i = 0; i < 200; i++) {
            String token = tokens.newToken();
            assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
            assertTrue(ReviewTokens.hasTokenShape(token), token);
            assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        }
    }

    @Test
    void tokensAreDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(tokens.newToken()));
        }
    }

    @Test
    void theBitsComeFromTheGivenRandomSource() {
        SecureRandom zeros = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                java.util.Arrays.fill(bytes, (byte) 0);
            }
        };
        assertEquals("A".repeat(43), new ReviewTokens(zeros).newToken());
    }

    @Test
    void theHashIsTheSha256InLowerCaseHexAndStable() {
        String token = tokens.newToken();
        String hash = ReviewTokens.hash(token);
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertTrue(ReviewTokens.hasHashShape(hash));
        assertEquals(hash, ReviewTokens.hash(token));
        assertNotEquals(hash, ReviewTokens.hash(tokens.newToken()));
        assertFalse(hash.contains(token));
        // SHA-256("abc"), a published test vector
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ReviewTokens.hash("abc"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", // 42
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", // 44
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", // padding
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+", // standard Base64
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA ",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAé",
            "../../../../../../../../../../../../../etc"})
    void otherShapesAreNoTokens(String candidate) {
        assertFalse(ReviewTokens.hasTokenShape(candidate));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a",
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad0",
            "za7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"})
    void otherShapesAreNoHashes(String candidate) {
        assertFalse(ReviewTokens.hasHashShape(candidate));
    }
}
