package nl.samenwerkingskaart.initiatives.domain;

/**
 * Where an initiative takes place, in WGS84.
 *
 * @param label optional name of the place (e.g. "Campus Noord"), may be null
 * @param town optional, may be null
 * @param latitude WGS84 latitude
 * @param longitude WGS84 longitude
 * @param address optional street address, may be null
 */
public record Location(String label, String town, double latitude, double longitude, String address) {}
