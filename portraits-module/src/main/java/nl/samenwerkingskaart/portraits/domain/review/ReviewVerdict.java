package nl.samenwerkingskaart.portraits.domain.review;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a review link opens a portrait now. A link opens only its own portrait, only while its invitation is
 * active and only while that portrait is not published; everything else gets one of the refusals, each with its
 * own message for the contact.
 */
public enum ReviewVerdict {
    OPEN,
    UNKNOWN,
    EXPIRED,
    REVOKED,
    ENDED;

    /**
     * @param invitation the invitation the token's hash names, if any
     * @param portraitPublished whether its portrait is published (null when the portrait no longer exists)
     */
    public static ReviewVerdict of(Optional<Invitation> invitation, Boolean portraitPublished, Instant now) {
        if (invitation.isEmpty() || portraitPublished == null) {
            return UNKNOWN;
        }
        if (portraitPublished) {
            return ENDED;
        }
        return switch (invitation.get().status(now)) {
            case ACTIVE -> OPEN;
            case EXPIRED -> EXPIRED;
            case REVOKED -> REVOKED;
            case ENDED -> ENDED;
        };
    }

    /** The message key of a refusal (PortraitMessages), e.g. {@code review.refused.expired}. */
    public String messageKey() {
        return "review.refused." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
