package nl.samenwerkingskaart.initiatives.moderation;

import java.util.List;
import nl.samenwerkingskaart.initiatives.domain.FieldError;

/** What became of a researcher's decision. */
public sealed interface ModerationResult {

    /** Stored. {@code initiativeId} is the initiative created or changed; null for a rejection or review start. */
    record Done(String reference, String initiativeId) implements ModerationResult {}

    /** Nothing stored: the decision, or the initiative it would produce, breaks these rules. */
    record Invalid(List<FieldError> errors) implements ModerationResult {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }

    /** Nothing stored: no such submission, or the initiative it is about (or is to be merged into) is gone. */
    record NotFound(String what) implements ModerationResult {}

    /** Nothing stored: the submission was decided already (perhaps by a colleague a moment ago). */
    record AlreadyDecided(String reference) implements ModerationResult {}

    /** Nothing stored: the caller {@code who} may not moderate (not a researcher). */
    record Forbidden(String who) implements ModerationResult {}
}
