package nl.samenwerkingskaart.initiatives.submission;

import java.util.Arrays;
import java.util.Optional;

/** What a visitor sends in: a new initiative, a change to a published one, or the news that one has ended. */
public enum SubmissionKind {
    NEW_INITIATIVE("newInitiative"),
    CORRECTION("correction"),
    ADDITION("addition"),
    ENDED("ended");

    private final String code;

    SubmissionKind(String code) {
        this.code = code;
    }

    /** The stable code used in forms and storage. */
    public String code() {
        return code;
    }

    /** Every kind but a new initiative is about an initiative that is already on the map. */
    public boolean needsTarget() {
        return this != NEW_INITIATIVE;
    }

    public static Optional<SubmissionKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
