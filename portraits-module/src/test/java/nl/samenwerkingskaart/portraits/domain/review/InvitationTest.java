package nl.samenwerkingskaart.portraits.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An invitation's status over time, and what that means for its link (ReviewVerdict). */
class InvitationTest {

    static final Instant INVITED = Instant.parse("2026-11-02T09:00:00Z");
    static final Instant EXPIRES = INVITED.plus(Duration.ofDays(21));

    static Invitation invitation(Instant revokedAt, Instant endedAt) {
        return new Invitation("0f8fad5b-d9cb-469f-a165-70867728950e", "ab".repeat(32), "p1", "Anja", "anja@example.nl",
                Locale.forLanguageTag("nl"), INVITED, "editor", EXPIRES, revokedAt, endedAt, null);
    }

    @Test
    void activeUntilTheInstantItExpires() {
        Invitation invitation = invitation(null, null);
        assertEquals(InvitationStatus.ACTIVE, invitation.status(INVITED));
        assertEquals(InvitationStatus.ACTIVE, invitation.status(EXPIRES.minusMillis(1)));
        assertEquals(InvitationStatus.EXPIRED, invitation.status(EXPIRES), "at expiresAt it has expired");
        assertEquals(InvitationStatus.EXPIRED, invitation.status(EXPIRES.plusSeconds(1)));
        assertTrue(invitation.isActive(EXPIRES.minusMillis(1)));
        assertFalse(invitation.isActive(EXPIRES));
    }

    @Test
    void revokedBeforeExpiredAndEndedBeforeRevoked() {
        Instant revoked = INVITED.plus(Duration.ofDays(1));
        Instant ended = INVITED.plus(Duration.ofDays(2));
        assertEquals(InvitationStatus.REVOKED, invitation(revoked, null).status(INVITED.plus(Duration.ofDays(3))));
        assertEquals(InvitationStatus.REVOKED, invitation(revoked, null).status(EXPIRES.plusSeconds(1)));
        assertEquals(InvitationStatus.ENDED, invitation(revoked, ended).status(INVITED.plus(Duration.ofDays(3))));
        assertEquals(InvitationStatus.ENDED, invitation(null, ended).status(EXPIRES.plusSeconds(1)));
        assertEquals(InvitationStatus.ENDED, invitation(null, ended).status(INVITED),
                "an ended link never works again, whatever the clock says");
    }

    @Test
    void theVerdictOfALink() {
        Instant during = INVITED.plus(Duration.ofDays(1));
        Optional<Invitation> active = Optional.of(invitation(null, null));
        assertEquals(ReviewVerdict.OPEN, ReviewVerdict.of(active, false, during));
        assertEquals(ReviewVerdict.UNKNOWN, ReviewVerdict.of(Optional.empty(), false, during));
        assertEquals(ReviewVerdict.UNKNOWN, ReviewVerdict.of(Optional.empty(), true, during));
        assertEquals(ReviewVerdict.UNKNOWN, ReviewVerdict.of(active, null, during), "the portrait is gone");
        assertEquals(ReviewVerdict.ENDED, ReviewVerdict.of(active, true, during),
                "a published portrait ends even an active invitation");
        assertEquals(ReviewVerdict.EXPIRED, ReviewVerdict.of(active, false, EXPIRES));
        assertEquals(ReviewVerdict.REVOKED, ReviewVerdict.of(Optional.of(invitation(during, null)), false, during));
        assertEquals(ReviewVerdict.ENDED, ReviewVerdict.of(Optional.of(invitation(null, during)), false, during));
        assertEquals(ReviewVerdict.ENDED, ReviewVerdict.of(Optional.of(invitation(during, null)), true, during));
    }

    @Test
    void refusalsHaveTheirOwnMessages() {
        assertEquals("review.refused.expired", ReviewVerdict.EXPIRED.messageKey());
        assertEquals("review.refused.unknown", ReviewVerdict.UNKNOWN.messageKey());
        assertEquals("expired", InvitationStatus.EXPIRED.code());
    }
}
