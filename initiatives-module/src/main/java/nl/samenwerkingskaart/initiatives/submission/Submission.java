package nl.samenwerkingskaart.initiatives.submission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A visitor's submission and its moderation, as in CONTENT-MODEL.md. Immutable: every moderation step returns a new
 * submission with one more {@link StateChange} in its history, so the history cannot be edited after the fact.
 *
 * @param content what was sent
 * @param receivedAt when it arrived
 * @param clientHash the sender's {@link ClientHash} value, for rate limiting and audit; never the raw IP. Null
 *     after anonymisation.
 * @param state the current state
 * @param history every state change, oldest first
 * @param decision the researcher's decision; null until decided
 * @param erasure who erased the submitter's personal data at their request, and when; null when that never
 *     happened (the retention period's anonymisation leaves no such record: it is no one's decision)
 */
public record Submission(
        SubmissionContent content,
        Instant receivedAt,
        String clientHash,
        SubmissionState state,
        List<StateChange> history,
        ModerationDecision decision,
        Erasure erasure) {

    public Submission {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(state, "state");
        history = List.copyOf(history);
        if (state.isDecided() != (decision != null) || (decision != null && decision.outcome() != state)) {
            throw new IllegalArgumentException("A submission has a decision exactly when it is decided, and it"
                    + " is the decision that led to its state");
        }
        // The history is the audit trail: the state must be where it leads, or a stored submission was tampered with.
        SubmissionState reached = history.isEmpty() ? SubmissionState.RECEIVED : history.get(history.size() - 1).to();
        if (reached != state) {
            throw new IllegalArgumentException("The history leads to " + reached.code() + ", not " + state.code());
        }
    }

    /** A submission whose submitter's data were never erased on request. */
    public Submission(SubmissionContent content, Instant receivedAt, String clientHash, SubmissionState state,
            List<StateChange> history, ModerationDecision decision) {
        this(content, receivedAt, clientHash, state, history, decision, null);
    }

    /** A new submission, as it is stored when it arrives. */
    public static Submission received(SubmissionContent content, Instant receivedAt, ClientHash clientHash) {
        return new Submission(content, receivedAt, clientHash == null ? null : clientHash.value(),
                SubmissionState.RECEIVED, List.of(), null);
    }

    /** A researcher takes the submission on. */
    public Submission startReview(String who, Instant when) {
        return moveTo(SubmissionState.IN_REVIEW, who, when, null, null);
    }

    /** A researcher approves, merges or rejects the submission. */
    public Submission decide(ModerationDecision decision, String who, Instant when) {
        Objects.requireNonNull(decision, "decision");
        return moveTo(decision.outcome(), who, when, decision.why(), decision);
    }

    private Submission moveTo(SubmissionState to, String who, Instant when, String why, ModerationDecision decided) {
        if (!state.canMoveTo(to)) {
            throw new RefusedTransitionException(state, to);
        }
        List<StateChange> longer = new ArrayList<>(history);
        longer.add(new StateChange(state, to, who, when, why));
        return new Submission(content, receivedAt, clientHash, to, longer, decided, erasure);
    }

    /** When the submission was decided; empty while it is still open. */
    public Optional<Instant> decidedAt() {
        if (!state.isDecided()) {
            return Optional.empty();
        }
        return Optional.of(history.get(history.size() - 1).when());
    }

    /**
     * Whether anything here still identifies the submitter: their name and address, their free-text message, or the
     * hash of their network address.
     */
    public boolean hasPersonalData() {
        return !content.submitter().isAnonymised() || content.message() != null || clientHash != null;
    }

    /**
     * The submitter asked for their data to be removed: the same anonymisation as after the retention period
     * ({@link Anonymiser}), now and in any state, recording who carried it out and when. What the submission was
     * about, its state and its history stay, so an open submission can still be decided. A submission without
     * personal data left is returned unchanged, so a request carried out twice keeps the first record.
     *
     * @param who the researcher's user id
     */
    public Submission erase(String who, Instant when) {
        if (!hasPersonalData()) {
            return this;
        }
        Erasure record = new Erasure(who, when);
        return new Submission(content.anonymised(), receivedAt, null, state, history, decision, record);
    }

    /** The same submission with other content, for anonymisation; state and history stay as they are. */
    Submission withContent(SubmissionContent newContent, String newClientHash) {
        return new Submission(newContent, receivedAt, newClientHash, state, history, decision, erasure);
    }
}
