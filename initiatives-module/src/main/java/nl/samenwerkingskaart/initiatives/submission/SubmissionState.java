package nl.samenwerkingskaart.initiatives.submission;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a submission is in moderation. A researcher may decide straight from {@code received} (most submissions are
 * small and clear) or first take it {@code inReview} so colleagues see someone is on it. Decided states are final:
 * an approved or merged submission has already changed the map, and reopening a rejected one would rewrite the
 * reason the submitter may have been told.
 */
public enum SubmissionState {
    RECEIVED("received"),
    IN_REVIEW("inReview"),
    APPROVED("approved"),
    MERGED("merged"),
    REJECTED("rejected");

    private final String code;

    SubmissionState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isDecided() {
        return this == APPROVED || this == MERGED || this == REJECTED;
    }

    /** The states this one may move to; empty for decided states. */
    public Set<SubmissionState> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(IN_REVIEW, APPROVED, MERGED, REJECTED);
            case IN_REVIEW -> EnumSet.of(APPROVED, MERGED, REJECTED);
            case APPROVED, MERGED, REJECTED -> EnumSet.noneOf(SubmissionState.class);
        };
    }

    public boolean canMoveTo(SubmissionState to) {
        return next().contains(to);
    }

    public static Optional<SubmissionState> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
