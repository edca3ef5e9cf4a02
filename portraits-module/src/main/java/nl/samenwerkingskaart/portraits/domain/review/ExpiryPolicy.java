package nl.samenwerkingskaart.portraits.domain.review;

import java.time.Duration;
import java.time.Instant;

/**
 * How long review links live: {@link #DEFAULT_DAYS} days unless the editor chooses 1 to {@link #MAX_DAYS}; an
 * extension counts from now or from the current expiry, whichever is later, and never beyond {@link #MAX_DAYS}
 * days from now.
 */
public final class ExpiryPolicy {

    public static final int DEFAULT_DAYS = 21;
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 90;

    private ExpiryPolicy() {}

    public static boolean isAllowed(int days) {
        return days >= MIN_DAYS && days <= MAX_DAYS;
    }

    public static Instant expiry(Instant now, int days) {
        return now.plus(Duration.ofDays(days));
    }

    public static Instant extended(Instant now, Instant currentExpiry, int days) {
        Instant from = currentExpiry.isAfter(now) ? currentExpiry : now;
        Instant wanted = from.plus(Duration.ofDays(days));
        Instant limit = now.plus(Duration.ofDays(MAX_DAYS));
        return wanted.isAfter(limit) ? limit : wanted;
    }
}
