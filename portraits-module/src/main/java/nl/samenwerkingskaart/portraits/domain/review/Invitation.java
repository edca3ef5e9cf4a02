package nl.samenwerkingskaart.portraits.domain.review;

import java.time.Instant;
import java.util.Locale;

/**
 * A regional contact invited to review one portrait.
 *
 * @param id its node name, random
 * @param tokenHash the SHA-256 of the contact's current token (see {@link ReviewTokens}); a reminder replaces it
 * @param portraitId the portrait's review id
 * @param name the contact's name
 * @param email the contact's address
 * @param language the language of the mails and of the review page's messages
 * @param invitedAt when the invitation was made
 * @param invitedBy the CMS user who made it
 * @param expiresAt when the link stops working
 * @param revokedAt when an editor revoked it; null when not revoked
 * @param endedAt when publishing the portrait ended it; null while the round runs
 * @param remindedAt when the last reminder was sent; null when none was
 */
public record Invitation(
        String id,
        String tokenHash,
        String portraitId,
        String name,
        String email,
        Locale language,
        Instant invitedAt,
        String invitedBy,
        Instant expiresAt,
        Instant revokedAt,
        Instant endedAt,
        Instant remindedAt) {

    public InvitationStatus status(Instant now) {
        if (endedAt != null) {
            return InvitationStatus.ENDED;
        }
        if (revokedAt != null) {
            return InvitationStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? InvitationStatus.ACTIVE : InvitationStatus.EXPIRED;
    }

    public boolean isActive(Instant now) {
        return status(now) == InvitationStatus.ACTIVE;
    }
}
