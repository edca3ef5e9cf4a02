package nl.samenwerkingskaart.initiatives.submission;

import java.util.List;
import nl.samenwerkingskaart.initiatives.domain.FieldError;

/**
 * What {@link SubmissionValidator} makes of a submission. Spam is its own outcome, not a field error: a robot must
 * get no hint which field gave it away, and nothing of it is stored.
 */
public sealed interface SubmissionOutcome {

    /** Every rule is met; store the content. */
    record Valid(SubmissionContent content) implements SubmissionOutcome {}

    /** Show these errors next to their fields; store nothing. */
    record Invalid(List<FieldError> errors) implements SubmissionOutcome {
        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("An invalid submission has at least one error");
            }
        }
    }

    /** The honeypot was filled in; refuse and store nothing. */
    record Spam() implements SubmissionOutcome {}
}
