package nl.samenwerkingskaart.initiatives.domain.geo;

/**
 * A named place in the Netherlands with its coordinates, as a gazetteer knows it.
 *
 * @param name the place's own spelling (e.g. "'s-Hertogenbosch")
 * @param province the province it lies in, in Dutch (e.g. "Noord-Brabant"); tells apart places of the same name
 * @param latitude WGS84 latitude
 * @param longitude WGS84 longitude
 */
public record Place(String name, String province, double latitude, double longitude) {}
