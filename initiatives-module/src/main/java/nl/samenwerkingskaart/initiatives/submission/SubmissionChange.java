package nl.samenwerkingskaart.initiatives.submission;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One change an initiative received from a submission, kept with the initiative as its history: which
 * submission, what kind of decision, who decided when, and which fields it changed. No submitter data: the history
 * stays when the submission is anonymised.
 *
 * @param reference the submission's reference
 * @param kind the submission's kind
 * @param outcome approved or merged
 * @param who the researcher's user id
 * @param when the moment of the decision
 * @param fields the form names of the fields it changed, in form order; all of them for a new initiative
 */
public record SubmissionChange(String reference, SubmissionKind kind, SubmissionState outcome, String who,
        Instant when, List<String> fields) {

    public SubmissionChange {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(when, "when");
        fields = List.copyOf(fields);
        if (outcome != SubmissionState.APPROVED && outcome != SubmissionState.MERGED) {
            throw new IllegalArgumentException("Only an approval or a merge changes an initiative");
        }
    }
}
