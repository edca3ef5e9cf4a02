package nl.samenwerkingskaart.initiatives.submission;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.Location;

/**
 * Finds existing initiatives a proposed new one probably duplicates, for the researcher to merge into.
 *
 * <p>The score is the name similarity, weighted by nearness: {@code name × (1 − w + w × nearness)}, with nearness
 * falling linearly from 1 at the same spot to 0 at {@link #NEARBY_KM} or beyond. A similar name is necessary: two
 * different initiatives on one campus are common. Distance only lowers the score, and not to zero, because a
 * visitor may place an initiative at its other location; but the same name far away ("Techniekpact" exists in
 * several regions) then scores clearly below the same name nearby.
 */
public final class DuplicateFinder {

    /** Beyond this distance two initiatives are not "nearby". */
    static final double NEARBY_KM = 25;
    /** How much nearness counts; the rest of the score depends on the name alone. */
    static final double NEARNESS_WEIGHT = 0.5;
    /**
     * Low enough to show a same-named initiative far away (0.5) and a nearby one with a half-similar name
     * ("Zorgcampus Zwolle" next to "Zorgacademie Zwolle", 0.5): a researcher dismisses a false candidate in a
     * second, while a missed duplicate stays on the map twice.
     */
    public static final double DEFAULT_THRESHOLD = 0.45;
    public static final int DEFAULT_LIMIT = 5;

    private final double threshold;
    private final int limit;

    public DuplicateFinder() {
        this(DEFAULT_THRESHOLD, DEFAULT_LIMIT);
    }

    /**
     * @param threshold the lowest score reported, 0..1
     * @param limit the most candidates reported
     */
    public DuplicateFinder(double threshold, int limit) {
        if (threshold < 0 || threshold > 1 || limit < 1) {
            throw new IllegalArgumentException("threshold must be in 0..1 and limit at least 1");
        }
        this.threshold = threshold;
        this.limit = limit;
    }

    /**
     * The likely duplicates of a proposed initiative (as {@link
     * nl.samenwerkingskaart.initiatives.domain.InitiativeValidator} made it) among the existing ones; the proposed
     * initiative itself is skipped should it already be among them. Without a main location only the name counts,
     * at half weight.
     */
    public List<DuplicateScore> find(Initiative proposed, Collection<Initiative> existing) {
        Location main = proposed.mainLocation();
        List<Initiative> others = existing.stream()
                .filter(i -> proposed.id() == null || !proposed.id().equals(i.id()))
                .toList();
        return main == null
                ? find(proposed.name(), Double.NaN, Double.NaN, others)
                : find(proposed.name(), main.latitude(), main.longitude(), others);
    }

    /** The likely duplicates, most likely first; ties in a stable order (by id). */
    public List<DuplicateScore> find(String name, double latitude, double longitude,
            Collection<Initiative> existing) {
        return existing.stream()
                .map(initiative -> score(name, latitude, longitude, initiative))
                .filter(s -> s.score() >= threshold)
                .sorted(Comparator.comparingDouble(DuplicateScore::score).reversed()
                        .thenComparing(s -> String.valueOf(s.initiative().id())))
                .limit(limit)
                .toList();
    }

    /** The score of one existing initiative against the proposed name and main location (NaN when unknown). */
    public static DuplicateScore score(String name, double latitude, double longitude, Initiative existing) {
        double similarity = NameSimilarity.of(name, existing.name());
        Location main = existing.mainLocation();
        double km = main == null || Double.isNaN(latitude) || Double.isNaN(longitude)
                ? Double.POSITIVE_INFINITY
                : Distance.km(latitude, longitude, main.latitude(), main.longitude());
        double nearness = Math.max(0, 1 - km / NEARBY_KM);
        double score = similarity * (1 - NEARNESS_WEIGHT + NEARNESS_WEIGHT * nearness);
        return new DuplicateScore(existing, score, similarity, km);
    }
}
