package nl.samenwerkingskaart.initiatives.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Region names and codes below were read from the CBS 2025 files shipped in the bundle. */
class RegionCatalogTest {

    private static RegionCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = RegionCatalog.loadDefault();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Enschede;           52.2215; 6.8937; AM05; Twente;                  PV23; Overijssel",
        "Groningen;          53.2194; 6.5665; AM01; Groningen;               PV20; Groningen",
        "Maastricht;         50.8514; 5.6910; AM30; Zuid-Limburg;            PV31; Limburg",
        "Amsterdam;          52.3728; 4.8936; AM18; Groot Amsterdam;         PV27; Noord-Holland",
        "Rotterdam;          51.9225; 4.4792; AM22; Rijnmond;                PV28; Zuid-Holland",
        "Middelburg;         51.4988; 3.6109; AM24; Zeeland;                 PV29; Zeeland",
        "Leeuwarden;         53.2012; 5.7999; AM02; Friesland;               PV21; Fryslân",
        "Zwolle;             52.5168; 6.0830; AM36; Regio Zwolle;            PV23; Overijssel",
        "Eindhoven;          51.4416; 5.4697; AM28; Zuidoost-Brabant;        PV30; Noord-Brabant",
        "Utrecht;            52.0907; 5.1214; AM13; Midden-Utrecht;          PV26; Utrecht",
        // Just outside the simplified coastline: within the tolerance, so still placed.
        "Scheveningen beach; 52.1130; 4.2750; AM21; Haaglanden;              PV28; Zuid-Holland",
    })
    void placesKnownTownsInTheirRegions(String town, double lat, double lon, String amCode, String amName,
            String pvCode, String pvName) {
        assertEquals(Optional.of(new Region(amCode, amName, RegionKind.LABOUR_MARKET)),
                catalog.labourMarketRegionAt(lat, lon), town);
        assertEquals(Optional.of(new Region(pvCode, pvName, RegionKind.PROVINCE)), catalog.provinceAt(lat, lon), town);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "North Sea;  52.5;  3.5",
        "Germany;    51.5;  7.3",
        "Belgium;    50.85; 4.35",
        "far away;   0;     0",
        "not a number; NaN; 5",
    })
    void placesNothingOutsideTheNetherlands(String where, double lat, double lon) {
        assertEquals(Optional.empty(), catalog.labourMarketRegionAt(lat, lon), where);
        assertEquals(Optional.empty(), catalog.provinceAt(lat, lon), where);
    }

    @Test
    void everyRegionContainsAnInteriorPointOfEachOfItsPolygons() throws IOException {
        int checked = 0;
        for (RegionKind kind : RegionKind.values()) {
            JsonNode features = features(kind);
            assertEquals(kind == RegionKind.LABOUR_MARKET ? 35 : 12, features.size());
            for (JsonNode feature : features) {
                String code = feature.path("properties").path("statcode").asText();
                for (JsonNode polygon : polygons(feature.path("geometry"))) {
                    double[] point = interiorPoint(polygon);
                    Optional<Region> found = kind == RegionKind.LABOUR_MARKET
                            ? catalog.labourMarketRegionAt(point[1], point[0])
                            : catalog.provinceAt(point[1], point[0]);
                    assertEquals(Optional.of(code), found.map(Region::code), code + " at " + point[1] + "," + point[0]);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 47);
    }

    @Test
    void aPointOnASharedBorderBelongsToExactlyOneRegion() throws IOException {
        RegionIndex index = index(RegionKind.LABOUR_MARKET);
        // Edges of two different regions; an edge a region shares with itself (a hole touching its outer ring,
        // as in Zeeland) has no region on one side.
        Map<String, Set<String>> edgeOwners = new HashMap<>();
        List<double[]> edges = new ArrayList<>();
        for (JsonNode feature : features(RegionKind.LABOUR_MARKET)) {
            String code = feature.path("properties").path("statcode").asText();
            for (JsonNode polygon : polygons(feature.path("geometry"))) {
                for (JsonNode ring : polygon) {
                    for (int i = 1; i < ring.size(); i++) {
                        double[] edge = {ring.get(i - 1).get(0).asDouble(), ring.get(i - 1).get(1).asDouble(),
                            ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()};
                        edges.add(edge);
                        edgeOwners.computeIfAbsent(edgeKey(edge), k -> new HashSet<>()).add(code);
                    }
                }
            }
        }
        int shared = 0;
        for (double[] edge : edges) {
            if (edgeOwners.get(edgeKey(edge)).size() == 2) {
                for (double t : new double[] {0.5, 1.0 / 3, 0.9}) {
                    double lon = edge[0] + t * (edge[2] - edge[0]);
                    double lat = edge[1] + t * (edge[3] - edge[1]);
                    assertEquals(1, index.allContaining(lat, lon).size(), "point " + lat + "," + lon);
                }
                shared++;
            }
        }
        assertTrue(shared > 1000, "the file's neighbours share their border vertices");
    }

    @Test
    void breaksTiesOnABorderToTheEastAndToTheNorth() throws IOException {
        String squares = """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"statcode":"AM91","statnaam":"West"},
                  "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},
                 {"type":"Feature","properties":{"statcode":"AM92","statnaam":"East"},
                  "geometry":{"type":"Polygon","coordinates":[[[1,0],[2,0],[2,1],[1,1],[1,0]]]}},
                 {"type":"Feature","properties":{"statcode":"AM93","statnaam":"North"},
                  "geometry":{"type":"Polygon","coordinates":[[[0,1],[1,1],[1,2],[0,2],[0,1]]]}}]}
                """;
        RegionIndex index = RegionIndex.parse(stream(squares), RegionKind.LABOUR_MARKET, 0);
        assertEquals("AM92", index.regionAt(0.5, 1.0).orElseThrow().code());
        assertEquals("AM93", index.regionAt(1.0, 0.5).orElseThrow().code());
        assertEquals("AM91", index.regionAt(0.5, 0.5).orElseThrow().code());
    }

    @Test
    void leavesOutTheHolesOfAPolygon() throws IOException {
        String ring = """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"statcode":"PV90","statnaam":"Ring"},
                  "geometry":{"type":"MultiPolygon","coordinates":[
                   [[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[3,1],[3,3],[1,3],[1,1]]],
                   [[[10,10],[11,10],[11,11],[10,11],[10,10]]]]}}]}
                """;
        RegionIndex index = RegionIndex.parse(stream(ring), RegionKind.PROVINCE, 0);
        assertTrue(index.regionAt(0.5, 0.5).isPresent());
        assertFalse(index.regionAt(2, 2).isPresent(), "inside the hole");
        assertTrue(index.regionAt(10.5, 10.5).isPresent(), "second polygon");
        assertFalse(index.regionAt(5, 5).isPresent());
    }

    @Test
    void refusesFilesThatAreNotRegionFeatureCollections() {
        assertThrows(IOException.class, () -> RegionIndex.parse(stream("{\"type\":\"Feature\"}"), RegionKind.PROVINCE));
        assertThrows(IOException.class, () -> RegionIndex.parse(stream("""
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"statcode":"PV1"},
                 "geometry":{"type":"Point","coordinates":[5,52]}}]}"""), RegionKind.PROVINCE));
    }

    @Test
    void findsRegionsByCode() {
        assertEquals(Optional.of(new Region("AM05", "Twente", RegionKind.LABOUR_MARKET)), catalog.byCode("AM05"));
        assertEquals(Optional.of(new Region("PV21", "Fryslân", RegionKind.PROVINCE)), catalog.byCode("PV21"));
        assertEquals(Optional.empty(), catalog.byCode("AM04"), "merged away before 2025");
        assertEquals(Optional.empty(), catalog.byCode(null));
    }

    @Test
    void listsRegionsSortedByName() {
        List<Region> provinces = catalog.regions(RegionKind.PROVINCE);
        assertEquals(List.of("Drenthe", "Flevoland", "Fryslân", "Gelderland", "Groningen", "Limburg",
                "Noord-Brabant", "Noord-Holland", "Overijssel", "Utrecht", "Zeeland", "Zuid-Holland"),
                provinces.stream().map(Region::name).toList());
        List<Region> labourMarket = catalog.regions(RegionKind.LABOUR_MARKET);
        assertEquals(35, labourMarket.size());
        assertEquals("Achterhoek", labourMarket.get(0).name());
        assertTrue(labourMarket.stream().allMatch(r -> r.kind() == RegionKind.LABOUR_MARKET));
    }

    private static String edgeKey(double[] e) {
        String a = e[0] + "," + e[1];
        String b = e[2] + "," + e[3];
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /**
     * A point inside a polygon (holes respected): the middle of the widest inside stretch of a horizontal line
     * through the middle of its outer ring.
     */
    private static double[] interiorPoint(JsonNode polygon) {
        JsonNode outer = polygon.get(0);
        double minLat = Double.MAX_VALUE, maxLat = -Double.MAX_VALUE;
        for (JsonNode p : outer) {
            minLat = Math.min(minLat, p.get(1).asDouble());
            maxLat = Math.max(maxLat, p.get(1).asDouble());
        }
        double lat = (minLat + maxLat) / 2 + 1e-7;
        List<Double> crossings = new ArrayList<>();
        for (JsonNode ring : polygon) {
            for (int i = 1; i < ring.size(); i++) {
                double ax = ring.get(i - 1).get(0).asDouble(), ay = ring.get(i - 1).get(1).asDouble();
                double bx = ring.get(i).get(0).asDouble(), by = ring.get(i).get(1).asDouble();
                if ((ay > lat) != (by > lat)) {
                    crossings.add(ax + (lat - ay) * (bx - ax) / (by - ay));
                }
            }
        }
        crossings.sort(Double::compare);
        double bestLon = Double.NaN, bestWidth = -1;
        for (int i = 0; i + 1 < crossings.size(); i += 2) {
            double width = crossings.get(i + 1) - crossings.get(i);
            if (width > bestWidth) {
                bestWidth = width;
                bestLon = (crossings.get(i) + crossings.get(i + 1)) / 2;
            }
        }
        return new double[] {bestLon, lat};
    }

    private static List<JsonNode> polygons(JsonNode geometry) {
        List<JsonNode> result = new ArrayList<>();
        if (geometry.path("type").asText().equals("Polygon")) {
            result.add(geometry.path("coordinates"));
        } else {
            geometry.path("coordinates").forEach(result::add);
        }
        return result;
    }

    private static JsonNode features(RegionKind kind) throws IOException {
        try (InputStream in = resource(kind)) {
            return new ObjectMapper().readTree(in).path("features");
        }
    }

    private static RegionIndex index(RegionKind kind) throws IOException {
        try (InputStream in = resource(kind)) {
            return RegionIndex.parse(in, kind);
        }
    }

    private static InputStream resource(RegionKind kind) {
        return RegionCatalog.class.getResourceAsStream(kind == RegionKind.LABOUR_MARKET
                ? RegionCatalog.LABOUR_MARKET_RESOURCE
                : RegionCatalog.PROVINCE_RESOURCE);
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
