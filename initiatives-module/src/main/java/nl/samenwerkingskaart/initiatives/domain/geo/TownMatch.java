package nl.samenwerkingskaart.initiatives.domain.geo;

import java.util.List;
import java.util.Objects;

/**
 * What a gazetteer answers for a typed town name: exactly one place, none, or several that it will not choose
 * between. Callers report the last two to the user; a gazetteer never guesses.
 */
public final class TownMatch {

    /** The three possible answers. */
    public enum Kind { FOUND, UNKNOWN, AMBIGUOUS }

    private final Kind kind;
    private final String query;
    private final List<Place> candidates;

    private TownMatch(Kind kind, String query, List<Place> candidates) {
        this.kind = kind;
        this.query = query;
        this.candidates = List.copyOf(candidates);
    }

    public static TownMatch found(String query, Place place) {
        return new TownMatch(Kind.FOUND, query, List.of(Objects.requireNonNull(place)));
    }

    public static TownMatch unknown(String query) {
        return new TownMatch(Kind.UNKNOWN, query, List.of());
    }

    /** @param candidates at least two places that share the name */
    public static TownMatch ambiguous(String query, List<Place> candidates) {
        if (candidates.size() < 2) {
            throw new IllegalArgumentException("An ambiguous match needs at least two candidates");
        }
        return new TownMatch(Kind.AMBIGUOUS, query, candidates);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isFound() {
        return kind == Kind.FOUND;
    }

    /** The name as typed. */
    public String query() {
        return query;
    }

    /** The one place; only for {@link Kind#FOUND}. */
    public Place place() {
        if (kind != Kind.FOUND) {
            throw new IllegalStateException("No single place for '" + query + "': " + kind);
        }
        return candidates.get(0);
    }

    /** The places that share the name (for {@link Kind#AMBIGUOUS}), the one place (FOUND), or none. */
    public List<Place> candidates() {
        return candidates;
    }
}
