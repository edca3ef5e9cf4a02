package nl.samenwerkingskaart.initiatives.submission;

import nl.samenwerkingskaart.initiatives.domain.Initiative;

/**
 * How likely an existing initiative is the one a visitor proposes as new.
 *
 * @param initiative the existing initiative
 * @param score the combined likelihood, 0..1
 * @param nameSimilarity 0..1
 * @param distanceKm between the main locations; {@link Double#POSITIVE_INFINITY} when the initiative has none
 */
public record DuplicateScore(Initiative initiative, double score, double nameSimilarity, double distanceKm) {}
