package nl.samenwerkingskaart.initiatives.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);
    private static final Locale NL = Locale.forLanguageTag("nl");

    @Test
    void aSignupIsPendingUntilConfirmed() {
        Subscription pending = Subscription.pending("anja@example.nl", "Anja", NL, T0);
        assertEquals(SubscriptionState.PENDING, pending.state());
        assertFalse(pending.isConfirmed());

        Subscription confirmed = pending.confirm(T0.plusSeconds(60));
        assertEquals(SubscriptionState.CONFIRMED, confirmed.state());
        assertEquals(T0.plusSeconds(60), confirmed.confirmedAt());
        assertEquals(T0, confirmed.createdAt());
        assertSame(confirmed, confirmed.confirm(T0.plusSeconds(3600)), "confirming again changes nothing");
    }

    @Test
    void aPendingSignupExpiresAfterThePeriodSinceItsLastMail() {
        Subscription pending = Subscription.pending("anja@example.nl", null, NL, T0);
        assertFalse(pending.isExpired(T0.plus(WEEK).minusSeconds(1), WEEK));
        assertTrue(pending.isExpired(T0.plus(WEEK), WEEK));

        Subscription resent = pending.resent(null, NL, T0.plus(Duration.ofDays(6)));
        assertFalse(resent.isExpired(T0.plus(WEEK), WEEK), "a new mail gives a new week");
        assertEquals(T0, resent.createdAt(), "but it was still signed up then");
    }

    @Test
    void aConfirmedSubscriptionNeverExpires() {
        Subscription confirmed = Subscription.pending("anja@example.nl", null, NL, T0).confirm(T0);
        assertFalse(confirmed.isExpired(T0.plus(Duration.ofDays(3650)), WEEK));
    }

    @Test
    void aPendingAddressGetsAtMostOneMailPerWindow() {
        Duration window = Duration.ofMinutes(10);
        Subscription pending = Subscription.pending("anja@example.nl", null, NL, T0);
        assertFalse(pending.mayResend(T0.plus(Duration.ofMinutes(9)), window));
        assertTrue(pending.mayResend(T0.plus(window), window));
        assertFalse(pending.confirm(T0).mayResend(T0.plus(Duration.ofDays(1)), window), "confirmed: no more mails");
    }

    @Test
    void theConfirmationTimeBelongsToTheConfirmedStateOnly() {
        assertThrows(IllegalArgumentException.class, () -> new Subscription("a@example.nl", null, NL,
                SubscriptionState.CONFIRMED, T0, null, T0));
        assertThrows(IllegalArgumentException.class, () -> new Subscription("a@example.nl", null, NL,
                SubscriptionState.PENDING, T0, T0, T0));
    }
}
