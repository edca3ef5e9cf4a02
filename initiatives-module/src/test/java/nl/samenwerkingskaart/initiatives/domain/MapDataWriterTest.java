package nl.samenwerkingskaart.initiatives.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class MapDataWriterTest {

    private static final String GOLDEN = "golden/map-data.json";
    /** The bar of QUALITY.md for the map view. */
    private static final int MAX_GZIPPED_BYTES_PER_INITIATIVE = 120;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static byte[] write(List<Initiative> initiatives) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MapDataWriter.write(initiatives, out);
        return out.toByteArray();
    }

    @Test
    void writesTheContractsFeatureCollectionOfPublishedInitiativesWithALocation() throws IOException {
        byte[] json = write(List.of(TestInitiatives.techniekpactTwente(), TestInitiatives.unpublished(),
                TestInitiatives.withoutLocation(), TestInitiatives.zorgacademieZwolle()));
        assertEquals(golden(), MAPPER.readTree(json));
    }

    @Test
    void roundsCoordinatesToFiveDecimalsLonFirstAndEscapesMarkup() throws IOException {
        String json = new String(write(List.of(TestInitiatives.techniekpactTwente(),
                TestInitiatives.zorgacademieZwolle())), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"coordinates\":[6.89312,52.22154]"), json);
        assertTrue(json.contains("\"coordinates\":[6.083,52.5168]"), json);
        assertFalse(json.contains("<"), "no raw angle brackets from visitors' text");
        assertTrue(json.contains("Zorgacademie \\u003CZwolle\\u003E"), json);
    }

    @Test
    void writesAnEmptyCollectionAndLeavesTheStreamOpen() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the caller owns the stream");
            }
        };
        MapDataWriter.write(List.of(), out);
        assertEquals("{\"type\":\"FeatureCollection\",\"features\":[]}", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void leavesOutAnInitiativeWhoseMainLocationHasNoUsableCoordinates() throws IOException {
        Initiative broken = TestInitiatives.zorgacademieZwolle().toBuilder()
                .locations(List.of(new Location(null, null, Double.NaN, 6.0, null))).build();
        assertEquals(0, MAPPER.readTree(write(List.of(broken))).path("features").size());
    }

    @Test
    void buildsTheSearchTextFromPartiesAndLocationTowns() {
        assertEquals("roc van twente enschede het stedelijk lyceum bouwbedrijf jansen hengelo techniek nederland "
                + "almelo", MapDataWriter.searchText(TestInitiatives.techniekpactTwente()));
    }

    @Test
    void staysWithinTheSizeBarAtTenThousandInitiatives() throws IOException {
        List<Initiative> initiatives = SampleInitiatives.generate(10_000, 20250301L, RegionCatalog.loadDefault());
        byte[] json = write(initiatives);
        int gzipped = gzip(json).length;
        double perInitiative = gzipped / 10_000.0;
        System.out.printf("map data, 10,000 initiatives: %,d bytes JSON, %,d bytes gzipped, %.1f bytes gzipped per "
                + "initiative%n", json.length, gzipped, perInitiative);
        assertEquals(10_000, MAPPER.readTree(json).path("features").size());
        assertTrue(perInitiative <= MAX_GZIPPED_BYTES_PER_INITIATIVE,
                "gzipped bytes per initiative: " + perInitiative);
    }

    @Test
    void staysWithinTheSizeBarWhenMostCompaniesHaveANameOfTheirOwn() throws IOException {
        List<Initiative> initiatives =
                SampleInitiatives.generateWithDistinctCompanies(10_000, 20250302L, RegionCatalog.loadDefault());
        byte[] json = write(initiatives);
        double perInitiative = gzip(json).length / 10_000.0;
        System.out.printf("map data, 10,000 initiatives, distinct company names: %,d bytes JSON, %.1f bytes gzipped "
                + "per initiative%n", json.length, perInitiative);
        assertTrue(perInitiative <= MAX_GZIPPED_BYTES_PER_INITIATIVE,
                "gzipped bytes per initiative: " + perInitiative);
    }

    /** Default compression level, as a servlet container's or proxy's gzip would use. */
    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static JsonNode golden() throws IOException {
        try (InputStream in = MapDataWriterTest.class.getResourceAsStream(GOLDEN)) {
            return MAPPER.readTree(in);
        }
    }
}
