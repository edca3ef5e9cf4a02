package nl.samenwerkingskaart.portraits.domain.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How long review links live: {@link #DEFAULT_DAYS} days unless the editor chooses 1 to {@link #MAX_DAYS}; an
 * extension counts from now or from the current expiry, whichever is later, and never beyond {@link #MAX_DAYS}
 * days from now. A link works to the end of its last day (Dutch time), since mails and pages say "until and
 * including" that day.
 */
public final class ExpiryPolicy {

    public static final int DEFAULT_DAYS = 21;
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 90;

    private ExpiryPolicy() {}

    public static boolean isAllowed(int days) {
        return days >= MIN_DAYS && days <= MAX_DAYS;
    }

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    public static Instant expiry(Instant now, int days) {
        return endOfDay(now.plus(Duration.ofDays(days)));
    }

    /** The last day a link with this expiry works on, as mails and pages name it. */
    public static LocalDate lastDay(Instant expiresAt) {
        return LocalDate.ofInstant(expiresAt.minusNanos(1), AMSTERDAM);
    }

    /** The end of the day (the next midnight, Dutch time) of an instant; a midnight is the end of its day. */
    public static Instant endOfDay(Instant instant) {
        return lastDay(instant).plusDays(1).atStartOfDay(AMSTERDAM).toInstant();
    }

    public static Instant extended(Instant now, Instant currentExpiry, int days) {
        Instant from = currentExpiry.isAfter(now) ? currentExpiry : now;
        Instant wanted = from.plus(Duration.ofDays(days));
        Instant limit = now.plus(Duration.ofDays(MAX_DAYS));
        return endOfDay(wanted.isAfter(limit) ? limit : wanted);
    }
}
