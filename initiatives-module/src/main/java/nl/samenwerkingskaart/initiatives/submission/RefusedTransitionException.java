package nl.samenwerkingskaart.initiatives.submission;

/**
 * A moderation step the state machine does not allow, such as rejecting an already approved submission. It is a
 * programming or concurrency error (two researchers deciding at once), never a visitor's mistake, so it is unchecked.
 */
public final class RefusedTransitionException extends IllegalStateException {

    private final SubmissionState from;
    private final SubmissionState to;

    public RefusedTransitionException(SubmissionState from, SubmissionState to) {
        super("A submission cannot go from " + from.code() + " to " + to.code()
                + (from.isDecided() ? ": it has already been decided" : ""));
        this.from = from;
        this.to = to;
    }

    public SubmissionState from() {
        return from;
    }

    public SubmissionState to() {
        return to;
    }
}
