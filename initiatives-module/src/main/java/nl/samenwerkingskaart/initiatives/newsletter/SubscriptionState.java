package nl.samenwerkingskaart.initiatives.newsletter;

import java.util.Optional;

/**
 * Where a subscription stands: pending until the address's owner opens the mailed link and confirms (double
 * opt-in), then confirmed. Unsubscribing is no state: the subscription is removed, nothing of it kept.
 */
public enum SubscriptionState {
    PENDING("pending"),
    CONFIRMED("confirmed");

    private final String code;

    SubscriptionState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SubscriptionState> fromCode(String code) {
        for (SubscriptionState state : values()) {
            if (state.code.equals(code)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
