package nl.samenwerkingskaart.initiatives.newsletter;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One address on the newsletter list, as stored privately.
 *
 * @param email the address as the visitor typed it (stripped)
 * @param name optional, may be null
 * @param language the language of the page the visitor signed up on: mails and pages speak it
 * @param state pending until confirmed
 * @param createdAt when the visitor signed up (for the first time: a new signup of a pending address keeps it)
 * @param confirmedAt when the visitor confirmed; null while pending
 * @param lastMailAt when we last sent a confirmation request to it
 */
public record Subscription(String email, String name, Locale language, SubscriptionState state, Instant createdAt,
        Instant confirmedAt, Instant lastMailAt) {

    public Subscription {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        if ((state == SubscriptionState.CONFIRMED) != (confirmedAt != null)) {
            throw new IllegalArgumentException("A subscription has a confirmation time exactly when confirmed");
        }
    }

    /** A new pending subscription, whose confirmation request goes out now. */
    public static Subscription pending(String email, String name, Locale language, Instant now) {
        return new Subscription(email, name, language, SubscriptionState.PENDING, now, null, now);
    }

    /** The key it is stored under. */
    public String key() {
        return NewsletterTokens.addressKey(email);
    }

    public boolean isConfirmed() {
        return state == SubscriptionState.CONFIRMED;
    }

    /** Confirmed now; confirming twice keeps the first time (a double click, a second mail program). */
    public Subscription confirm(Instant now) {
        return isConfirmed() ? this : new Subscription(email, name, language, SubscriptionState.CONFIRMED, createdAt,
                now, lastMailAt);
    }

    /**
     * Whether a pending subscription has waited longer than {@code confirmationPeriod} since its last confirmation
     * request: its links no longer confirm and the expiry job removes it. A confirmed one never expires.
     */
    public boolean isExpired(Instant now, Duration confirmationPeriod) {
        Instant since = lastMailAt == null ? createdAt : lastMailAt;
        return !isConfirmed() && !now.isBefore(since.plus(confirmationPeriod));
    }

    /**
     * Whether a new signup of this pending address may send another confirmation request: at most one per
     * {@code window}, so nobody can flood someone's mailbox by signing them up again and again.
     */
    public boolean mayResend(Instant now, Duration window) {
        return !isConfirmed() && (lastMailAt == null || !now.isBefore(lastMailAt.plus(window)));
    }

    /** The same pending subscription with a confirmation request sent now (and the latest name and language). */
    public Subscription resent(String newName, Locale newLanguage, Instant now) {
        return new Subscription(email, newName, newLanguage, state, createdAt, confirmedAt, now);
    }
}
