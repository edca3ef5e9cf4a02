package nl.samenwerkingskaart.initiatives.submission;

import java.time.Instant;
import java.util.Objects;

/**
 * One step in a submission's moderation, kept for the audit trail.
 *
 * @param from the state before
 * @param to the state after
 * @param who the researcher's user id; never the submitter, so it survives anonymisation
 * @param when the moment of the change
 * @param why the reason or note the researcher gave; null when none was needed
 */
public record StateChange(SubmissionState from, SubmissionState to, String who, Instant when, String why) {

    public StateChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(when, "when");
        if (who == null || who.isBlank()) {
            throw new IllegalArgumentException("A state change needs the user who made it");
        }
    }
}
