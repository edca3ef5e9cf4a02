package nl.samenwerkingskaart.initiatives.submission;

/** Great-circle distance on a spherical earth; at the scale of the Netherlands its error is far below a metre's worth. */
final class Distance {

    static final double EARTH_RADIUS_KM = 6_371.0088;

    private Distance() {}

    /** The haversine formula, which stays accurate for short distances where the law of cosines does not. */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
