package nl.samenwerkingskaart.initiatives.stillcurrent;

import java.time.Instant;

/**
 * That a researcher asked an initiative's contact whether it is still correct. The contact's address is not kept:
 * it was typed for this one mail.
 *
 * @param sentAt when the mail was handed to the mail service
 * @param sentBy the researcher's user id
 * @param tokenHash the hash of the link's token ({@link ConfirmationToken}); null once used
 * @param expires when the link stops working
 */
public record VerificationRequest(Instant sentAt, String sentBy, String tokenHash, Instant expires) {

    /** Whether the token is this request's and the link still works. */
    public boolean accepts(String token, Instant now) {
        return tokenHash != null && expires != null && now.isBefore(expires)
                && ConfirmationToken.matches(token, tokenHash);
    }

    /** Whether the token is this request's but the link has expired (to tell the contact so). */
    public boolean expired(String token, Instant now) {
        return tokenHash != null && expires != null && !now.isBefore(expires)
                && ConfirmationToken.matches(token, tokenHash);
    }
}
