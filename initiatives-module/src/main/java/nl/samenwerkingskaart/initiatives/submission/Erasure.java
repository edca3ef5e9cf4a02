package nl.samenwerkingskaart.initiatives.submission;

import java.time.Instant;
import java.util.Objects;

/**
 * The record that a submitter's personal data were erased at their own request, before the retention period ended.
 * Kept apart from the moderation history on purpose: the history lists state changes and the state is where it
 * leads, while an erasure changes no state (an open submission stays open and can still be decided).
 *
 * @param who the researcher's user id who carried out the request; never the submitter
 * @param when the moment of the erasure
 */
public record Erasure(String who, Instant when) {

    public Erasure {
        Objects.requireNonNull(when, "when");
        if (who == null || who.isBlank()) {
            throw new IllegalArgumentException("An erasure needs the user who carried it out");
        }
    }
}
