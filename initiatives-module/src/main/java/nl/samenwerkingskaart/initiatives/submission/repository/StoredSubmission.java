package nl.samenwerkingskaart.initiatives.submission.repository;

import java.util.Objects;
import nl.samenwerkingskaart.initiatives.submission.Submission;

/**
 * A submission as it is stored: with its reference, and the initiative a decision created or changed.
 *
 * @param reference e.g. {@code SW-2026-K3F9QX}
 * @param submission the submission itself
 * @param initiativeId the initiative an approval or merge wrote to; null while open, and for a rejection
 */
public record StoredSubmission(String reference, Submission submission, String initiativeId) {

    public StoredSubmission {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(submission, "submission");
    }
}
