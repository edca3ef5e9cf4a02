package nl.samenwerkingskaart.initiatives.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The regions of one kind (all provinces, or all labour-market regions) with their outlines, answering "which
 * region is this point in?".
 *
 * <p>The CBS outlines are simplified for national maps (3 decimals), so a real address on the coast or right at the
 * border can fall just outside every polygon. A point outside all polygons therefore goes to the nearest region
 * when that region's border is at most {@link #DEFAULT_TOLERANCE_KM} away; farther out it is in no region.
 */
public final class RegionIndex {

    /** About the generalisation error of the shipped outlines; small enough to keep the sea and Germany out. */
    public static final double DEFAULT_TOLERANCE_KM = 1.0;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** A degree of longitude is never shorter than 60 km in the Netherlands; this margin covers the tolerance. */
    private static final double KM_PER_DEGREE_MIN = 60;

    private final RegionKind kind;
    /** Sorted by code, so that a lookup is deterministic whatever the order of the file. */
    private final List<RegionShape> shapes;
    private final Map<String, Region> byCode = new LinkedHashMap<>();
    private final double toleranceKm;

    RegionIndex(RegionKind kind, List<RegionShape> shapes, double toleranceKm) {
        this.kind = kind;
        this.shapes = shapes.stream().sorted(Comparator.comparing(s -> s.region().code())).toList();
        this.shapes.forEach(s -> byCode.put(s.region().code(), s.region()));
        this.toleranceKm = toleranceKm;
    }

    /**
     * Reads a GeoJSON FeatureCollection whose features carry {@code statcode} and {@code statnaam} and a Polygon or
     * MultiPolygon geometry in WGS84. The stream is read but not closed.
     */
    public static RegionIndex parse(InputStream geoJson, RegionKind kind) throws IOException {
        return parse(geoJson, kind, DEFAULT_TOLERANCE_KM);
    }

    public static RegionIndex parse(InputStream geoJson, RegionKind kind, double toleranceKm) throws IOException {
        JsonNode root = MAPPER.readTree(geoJson);
        if (root == null || !root.path("features").isArray()) {
            throw new IOException("Not a GeoJSON FeatureCollection");
        }
        List<RegionShape> shapes = new ArrayList<>();
        for (JsonNode feature : root.path("features")) {
            shapes.add(shape(feature, kind));
        }
        return new RegionIndex(kind, shapes, toleranceKm);
    }

    private static RegionShape shape(JsonNode feature, RegionKind kind) throws IOException {
        String code = feature.path("properties").path("statcode").asText(null);
        String name = feature.path("properties").path("statnaam").asText(null);
        if (code == null || name == null) {
            throw new IOException("Region feature without statcode or statnaam");
        }
        JsonNode geometry = feature.path("geometry");
        JsonNode coordinates = geometry.path("coordinates");
        List<double[][]> polygons = new ArrayList<>();
        switch (geometry.path("type").asText()) {
            case "Polygon" -> polygons.add(polygon(coordinates));
            case "MultiPolygon" -> {
                for (JsonNode polygon : coordinates) {
                    polygons.add(polygon(polygon));
                }
            }
            default -> throw new IOException("Region " + code + " is not a Polygon or MultiPolygon");
        }
        return new RegionShape(new Region(code, name, kind), polygons);
    }

    private static double[][] polygon(JsonNode rings) throws IOException {
        double[][] result = new double[rings.size()][];
        for (int r = 0; r < rings.size(); r++) {
            JsonNode ring = rings.get(r);
            if (ring.size() < 4) {
                throw new IOException("A polygon ring needs at least four positions");
            }
            double[] coordinates = new double[ring.size() * 2];
            for (int i = 0; i < ring.size(); i++) {
                coordinates[2 * i] = ring.get(i).path(0).asDouble();
                coordinates[2 * i + 1] = ring.get(i).path(1).asDouble();
            }
            result[r] = coordinates;
        }
        return result;
    }

    public RegionKind kind() {
        return kind;
    }

    /** The region containing the point; else the nearest within the tolerance; else empty. */
    public Optional<Region> regionAt(double latitude, double longitude) {
        if (!Double.isFinite(latitude) || !Double.isFinite(longitude)) {
            return Optional.empty();
        }
        for (RegionShape shape : shapes) {
            if (shape.contains(latitude, longitude)) {
                return Optional.of(shape.region());
            }
        }
        return nearestWithinTolerance(latitude, longitude);
    }

    private Optional<Region> nearestWithinTolerance(double latitude, double longitude) {
        double margin = toleranceKm / KM_PER_DEGREE_MIN;
        RegionShape nearest = null;
        double nearestKm = toleranceKm;
        for (RegionShape shape : shapes) {
            if (shape.boxContains(latitude, longitude, margin)) {
                double km = shape.distanceKm(latitude, longitude);
                if (km <= nearestKm) {
                    nearest = shape;
                    nearestKm = km;
                }
            }
        }
        return nearest == null ? Optional.empty() : Optional.of(nearest.region());
    }

    /** Every region whose polygons contain the point; more than one would mean overlapping outlines. */
    List<Region> allContaining(double latitude, double longitude) {
        return shapes.stream().filter(s -> s.contains(latitude, longitude)).map(RegionShape::region).toList();
    }

    public Optional<Region> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** All regions of this kind, sorted by name as Dutch readers expect (so "Fryslân" sorts among the F's). */
    public List<Region> regions() {
        Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl"));
        return byCode.values().stream().sorted(Comparator.comparing(Region::name, dutch)).toList();
    }
}
