package nl.samenwerkingskaart.initiatives.submission.mail;

import java.util.Locale;
import java.util.Objects;
import nl.samenwerkingskaart.initiatives.submission.EmailAddress;
import nl.samenwerkingskaart.initiatives.submission.Submitter;

/**
 * One plain-text e-mail to a submitter, ready to send. It can only be made with a recipient that is one plausible
 * address (never a list, never the anonymised placeholder) and a subject of one line, so whatever sends it cannot
 * be talked into another recipient or an extra header.
 *
 * @param type which mail this is
 * @param reference the submission's reference, the only thing about it that may appear in logs
 * @param recipient the submitter's address
 * @param subject one line
 * @param body plain text, lines separated by {@code \n}
 * @param language the language the texts are in ({@code nl} or {@code en})
 */
public record SubmissionMail(
        SubmissionMailType type, String reference, String recipient, String subject, String body, Locale language) {

    /** Characters that make an address mean more than one mailbox, or a mailbox plus a display name. */
    private static final String ADDRESS_SPECIALS = ",;<>()[]\\\":";

    public SubmissionMail {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(language, "language");
        if (!isSendable(recipient)) {
            throw new IllegalArgumentException("Not a single, plausible recipient address");
        }
        if (subject == null || subject.isBlank() || !MailText.isSingleLine(subject)) {
            throw new IllegalArgumentException("A subject is one line of text");
        }
    }

    /** Whether mail may be sent to this address: one plausible mailbox, not an anonymised submitter's. */
    public static boolean isSendable(String address) {
        if (address == null || !EmailAddress.isPlausible(address)
                || address.equalsIgnoreCase(Submitter.ANONYMISED.email())
                || address.toLowerCase(Locale.ROOT).endsWith(".invalid")) {
            return false;
        }
        return address.chars().noneMatch(c -> ADDRESS_SPECIALS.indexOf(c) >= 0 || c > 0x7e);
    }
}
