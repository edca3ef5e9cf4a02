package nl.samenwerkingskaart.initiatives.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewsletterTokensTest {

    private final NewsletterTokens tokens = new NewsletterTokens(new SecureRandom());

    @Test
    void tokensAreRandomAndHaveTheirShape() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = tokens.newToken();
            assertTrue(NewsletterTokens.hasTokenShape(token), token);
            assertTrue(seen.add(token), "a token came twice");
        }
    }

    @Test
    void onlyTheShapeOfATokenIsAccepted() {
        for (String odd : new String[] {null, "", "a".repeat(42), "a".repeat(44), "a".repeat(42) + "=",
            "a".repeat(42) + "/", "../../../../etc/passwd", "a".repeat(42) + "\n"}) {
            assertFalse(NewsletterTokens.hasTokenShape(odd), String.valueOf(odd));
        }
    }

    @Test
    void theStoredHashIsSha256AndNotTheToken() {
        // SHA-256 of "abc", a published test vector.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", NewsletterTokens.hash("abc"));
        String token = tokens.newToken();
        assertNotEquals(token, NewsletterTokens.hash(token));
        assertEquals(64, NewsletterTokens.hash(token).length());
    }

    @Test
    void oneAddressIsOneKeyWhateverItsCaseOrSpaces() {
        assertEquals(NewsletterTokens.addressKey("anja@example.nl"), NewsletterTokens.addressKey(" Anja@Example.NL "));
        assertNotEquals(NewsletterTokens.addressKey("anja@example.nl"), NewsletterTokens.addressKey("anja@example.com"));
        assertFalse(NewsletterTokens.addressKey("anja@example.nl").contains("anja"));
    }
}
