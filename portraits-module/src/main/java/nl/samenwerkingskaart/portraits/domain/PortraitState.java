package nl.samenwerkingskaart.portraits.domain;

/**
 * Where a portrait stands. Sling CMS's publication flag says whether it is published; otherwise it is in review
 * while a review link is active, and a draft before and after a review round.
 */
public enum PortraitState {
    DRAFT,
    IN_REVIEW,
    PUBLISHED;

    public static PortraitState of(boolean published, boolean activeInvitations) {
        if (published) {
            return PUBLISHED;
        }
        return activeInvitations ? IN_REVIEW : DRAFT;
    }

    /** Contacts can be invited to drafts and portraits in review, never to a published portrait. */
    public boolean mayInvite() {
        return this != PUBLISHED;
    }

    /** Review links work only while the portrait is not published. */
    public boolean reviewLinksWork() {
        return this != PUBLISHED;
    }

    /** The code in JSON and CSS, e.g. {@code inReview}. */
    public String code() {
        return switch (this) {
            case DRAFT -> "draft";
            case IN_REVIEW -> "inReview";
            case PUBLISHED -> "published";
        };
    }
}
