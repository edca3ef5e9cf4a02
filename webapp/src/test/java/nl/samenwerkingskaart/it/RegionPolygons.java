package nl.samenwerkingskaart.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The tests' own point-in-polygon over the region GeoJSON the module serves, so that a region the CMS derived can be
 * checked against the published polygons without trusting the CMS's lookup.
 */
final class RegionPolygons {

    static final String LABOUR_MARKET = "/static/samenwerking/regions/arbeidsmarktregio_2025.geojson";
    static final String PROVINCES = "/static/samenwerking/regions/provincie_2025.geojson";

    /** The statcodes of all features whose polygons contain the point (normally exactly one). */
    static List<String> containing(JsonNode featureCollection, double latitude, double longitude) {
        List<String> codes = new ArrayList<>();
        for (JsonNode feature : featureCollection.path("features")) {
            JsonNode geometry = feature.path("geometry");
            boolean inside = switch (geometry.path("type").asText()) {
                case "Polygon" -> inPolygon(geometry.path("coordinates"), latitude, longitude);
                case "MultiPolygon" -> {
                    boolean any = false;
                    for (JsonNode polygon : geometry.path("coordinates")) {
                        any |= inPolygon(polygon, latitude, longitude);
                    }
                    yield any;
                }
                default -> false;
            };
            if (inside) {
                codes.add(feature.path("properties").path("statcode").asText());
            }
        }
        return codes;
    }

    /** Even-odd rule over all rings, so holes count as outside. Coordinates are [lon, lat]. */
    private static boolean inPolygon(JsonNode rings, double lat, double lon) {
        boolean inside = false;
        for (JsonNode ring : rings) {
            int n = ring.size();
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = ring.get(i).get(0).asDouble();
                double yi = ring.get(i).get(1).asDouble();
                double xj = ring.get(j).get(0).asDouble();
                double yj = ring.get(j).get(1).asDouble();
                if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    private RegionPolygons() {}
}
