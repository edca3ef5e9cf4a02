package nl.samenwerkingskaart.portraits.domain.review;

/** Whether a review link still opens its portrait, and if not, why not. */
public enum InvitationStatus {
    ACTIVE,
    EXPIRED,
    REVOKED,
    /** The portrait was published: its review round is over. */
    ENDED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
