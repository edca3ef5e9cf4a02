package nl.samenwerkingskaart.initiatives.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InitiativeDetailWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static RegionLookup regions;

    @BeforeAll
    static void loadRegions() {
        regions = RegionCatalog.loadDefault();
    }

    private static String write(Initiative initiative) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InitiativeDetailWriter.write(initiative, regions, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesEveryPublicFieldOfACompleteInitiative() throws IOException {
        assertEquals(golden("golden/initiative-detail.json"),
                MAPPER.readTree(write(TestInitiatives.techniekpactTwente())));
    }

    @Test
    void writesNullsAndListsWhatIsMissingForAMinimalInitiative() throws IOException {
        assertEquals(golden("golden/initiative-detail-minimal.json"),
                MAPPER.readTree(write(TestInitiatives.zorgacademieZwolle())));
    }

    @Test
    void neverWritesTheResearchersProvenanceOrTheStreetAddress() throws IOException {
        String json = write(TestInitiatives.techniekpactTwente());
        assertFalse(json.contains("Jaarverslag"), json);
        assertFalse(json.contains("researcher-7"), json);
        assertFalse(json.contains("Gieterij"), json);
        assertFalse(json.contains("alert"), "script content is not text");
    }

    @Test
    void namesNoRegionForACodeTheFilesDoNotKnow() throws IOException {
        JsonNode json = MAPPER.readTree(write(TestInitiatives.zorgacademieZwolle().toBuilder()
                .regionCode("AM04").provinceCode(null).build()));
        assertEquals(MAPPER.readTree("{\"code\":\"AM04\",\"name\":null}"), json.get("region"));
        assertEquals(true, json.get("province").isNull());
    }

    private static JsonNode golden(String path) throws IOException {
        try (InputStream in = InitiativeDetailWriterTest.class.getResourceAsStream(path)) {
            return MAPPER.readTree(in);
        }
    }
}
