package nl.samenwerkingskaart.initiatives.api;

/**
 * A published initiative in a few public words: what a link or a picker shows.
 *
 * @param id the initiative's id, as in the map data
 * @param name its name
 * @param regionCode its labour-market region, e.g. {@code AM20}; null when not known
 * @param town the town of its first location; null when it has none
 */
public record InitiativeSummary(String id, String name, String regionCode, String town) {}
