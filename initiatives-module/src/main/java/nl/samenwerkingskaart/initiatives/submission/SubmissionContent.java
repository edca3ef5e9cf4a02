package nl.samenwerkingskaart.initiatives.submission;

import java.util.Objects;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;

/**
 * What a visitor sent, after {@link SubmissionValidator} accepted it.
 *
 * @param kind what the submission is
 * @param target the initiative it is about; null for a new initiative
 * @param proposed the initiative fields as the visitor filled them in (trimming and parsing happen again when a
 *     researcher applies them, with {@link nl.samenwerkingskaart.initiatives.domain.InitiativeValidator}); empty
 *     fields mean "no change"
 * @param message the note to the researchers; null when none
 * @param submitter who sent it
 */
public record SubmissionContent(
        SubmissionKind kind, String target, InitiativeInput proposed, String message, Submitter submitter) {

    public SubmissionContent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(submitter, "submitter");
        if (kind.needsTarget() == (target == null)) {
            throw new IllegalArgumentException("A " + kind.code() + " submission "
                    + (kind.needsTarget() ? "needs" : "cannot have") + " a target initiative");
        }
    }

    /**
     * What is left once the submitter's personal data are removed: the placeholder submitter and no message (free
     * text to a person routinely carries a signature or a phone number). What the submission was about stays.
     */
    public SubmissionContent anonymised() {
        return new SubmissionContent(kind, target, proposed, null, Submitter.ANONYMISED);
    }

    /** The same content, the submitter writing in this language ({@code nl} or {@code en}). */
    public SubmissionContent inLanguage(String language) {
        return new SubmissionContent(kind, target, proposed, message, submitter.inLanguage(language));
    }
}
