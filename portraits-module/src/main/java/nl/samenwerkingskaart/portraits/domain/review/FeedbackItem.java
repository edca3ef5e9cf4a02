package nl.samenwerkingskaart.portraits.domain.review;

import java.time.Instant;
import nl.samenwerkingskaart.portraits.domain.Section;

/**
 * One remark of a contact on one section of a draft portrait.
 *
 * @param id its node name
 * @param invitationId the invitation it came through
 * @param section what it is about
 * @param text the remark, plain text
 * @param receivedAt when it was stored
 * @param handledAt when an editor marked it handled; null while open
 * @param handledBy who marked it handled; null while open
 */
public record FeedbackItem(
        String id,
        String invitationId,
        Section section,
        String text,
        Instant receivedAt,
        Instant handledAt,
        String handledBy) {

    public boolean isHandled() {
        return handledAt != null;
    }
}
