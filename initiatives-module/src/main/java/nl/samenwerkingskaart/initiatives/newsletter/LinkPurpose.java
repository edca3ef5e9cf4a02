package nl.samenwerkingskaart.initiatives.newsletter;

import java.util.Optional;

/** What a personal link in a newsletter mail does. */
public enum LinkPurpose {
    CONFIRM("confirm"),
    UNSUBSCRIBE("unsubscribe");

    private final String code;

    LinkPurpose(String code) {
        this.code = code;
    }

    /** Also the selector of the link's address: {@code newsletter.confirm.html/<token>}. */
    public String code() {
        return code;
    }

    public static Optional<LinkPurpose> fromCode(String code) {
        for (LinkPurpose purpose : values()) {
            if (purpose.code.equals(code)) {
                return Optional.of(purpose);
            }
        }
        return Optional.empty();
    }
}
