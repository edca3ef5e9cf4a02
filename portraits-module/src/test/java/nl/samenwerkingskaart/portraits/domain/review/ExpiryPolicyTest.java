package nl.samenwerkingskaart.portraits.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExpiryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");

    private static Instant days(Instant from, long days) {
        return from.plus(Duration.ofDays(days));
    }

    @Test
    void oneToNinetyDaysAreAllowed() {
        assertFalse(ExpiryPolicy.isAllowed(0));
        assertFalse(ExpiryPolicy.isAllowed(-1));
        assertTrue(ExpiryPolicy.isAllowed(1));
        assertTrue(ExpiryPolicy.isAllowed(ExpiryPolicy.DEFAULT_DAYS));
        assertTrue(ExpiryPolicy.isAllowed(90));
        assertFalse(ExpiryPolicy.isAllowed(91));
        assertEquals(21, ExpiryPolicy.DEFAULT_DAYS);
    }

    @Test
    void aNewLinkLivesItsDaysFromNow() {
        assertEquals(days(NOW, 21), ExpiryPolicy.expiry(NOW, 21));
        assertEquals(Instant.parse("2026-11-21T10:15:30Z"), ExpiryPolicy.expiry(NOW, 1));
    }

    @Test
    void anExpiredLinkIsExtendedFromNow() {
        assertEquals(days(NOW, 7), ExpiryPolicy.extended(NOW, days(NOW, -3), 7));
        assertEquals(days(NOW, 7), ExpiryPolicy.extended(NOW, NOW, 7));
    }

    @Test
    void aRunningLinkIsExtendedFromItsExpiry() {
        assertEquals(days(NOW, 17), ExpiryPolicy.extended(NOW, days(NOW, 10), 7));
    }

    @Test
    void neverBeyondNinetyDaysFromNow() {
        assertEquals(days(NOW, 90), ExpiryPolicy.extended(NOW, days(NOW, 60), 31));
        assertEquals(days(NOW, 90), ExpiryPolicy.extended(NOW, days(NOW, 60), 30), "exactly at the cap");
        assertEquals(days(NOW, 89), ExpiryPolicy.extended(NOW, days(NOW, 60), 29));
        assertEquals(days(NOW, 90), ExpiryPolicy.extended(NOW, days(NOW, 90), 1));
        assertEquals(days(NOW, 90), ExpiryPolicy.extended(NOW, days(NOW, -5), 90));
    }
}
