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
        assertEquals(ExpiryPolicy.endOfDay(days(NOW, 21)), ExpiryPolicy.expiry(NOW, 21));
        assertEquals(Instant.parse("2026-11-21T23:00:00Z"), ExpiryPolicy.expiry(NOW, 1), "to the end of the day, Dutch time");
    }

    @Test
    void anExpiredLinkIsExtendedFromNow() {
        assertEquals(ExpiryPolicy.endOfDay(days(NOW, 7)), ExpiryPolicy.extended(NOW, days(NOW, -3), 7));
        assertEquals(ExpiryPolicy.endOfDay(days(NOW, 7)), ExpiryPolicy.extended(NOW, NOW, 7));
    }

    @Test
    void aRunningLinkIsExtendedFromItsExpiry() {
        assertEquals(ExpiryPolicy.endOfDay(days(NOW, 17)), ExpiryPolicy.extended(NOW, days(NOW, 10), 7));
        assertEquals(java.time.LocalDate.parse("2026-12-07"), ExpiryPolicy.lastDay(ExpiryPolicy.expiry(NOW, 17)),
                "the last day is the one the link works to the end of");
    }

    @Test
    void neverBeyondNinetyDaysFromNow() {
        assertEquals(ExpiryPolicy.endOfDay(days(NOW, 90)), ExpiryPolicy.extended(NOW, days(NOW, 60), 31));
        assertEquals(ExpiryPolicy.endOfDay(days(NOW, 90)), ExpiryPolicy.extended(NOW, days(NOW, 60), 30), "exactly at the cap");
        assertEquals(ExpiryPolicy.endOfDay(days(NOW, 89)), ExpiryPolicy.extended(NOW, days(NOW, 60), 29));
        assertEquals(ExpiryPolicy.endOfDay(days(NOW, 90)), ExpiryPolicy.extended(NOW, days(NOW, 90), 1));
        assertEquals(ExpiryPolicy.endOfDay(days(NOW, 90)), ExpiryPolicy.extended(NOW, days(NOW, -5), 90));
    }
}
