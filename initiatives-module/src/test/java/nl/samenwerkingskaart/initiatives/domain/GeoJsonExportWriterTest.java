package nl.samenwerkingskaart.initiatives.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoJsonExportWriterTest {

    @Test
    void writesOnePointFeaturePerInitiativeWithThePublicDetailAsProperties() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeoJsonExportWriter.write(List.of(TestInitiatives.techniekpactTwente(), TestInitiatives.zorgacademieZwolle()),
                RegionCatalog.loadDefault(), out);
        String text = out.toString(StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(text);
        assertEquals("FeatureCollection", json.get("type").asText());
        assertEquals(2, json.get("features").size());
        JsonNode twente = json.get("features").get(0);
        assertEquals("techniekpact-twente-k3f9q", twente.get("id").asText());
        assertEquals("Point", twente.at("/geometry/type").asText());
        assertEquals(6.89312, twente.at("/geometry/coordinates/0").asDouble());
        assertEquals(52.22154, twente.at("/geometry/coordinates/1").asDouble());
        assertEquals("Techniekpact Twente", twente.at("/properties/name").asText());
        assertEquals("Twente", twente.at("/properties/region/name").asText());
        assertFalse(text.contains("researcher-7"), "verifiedBy stays private");
        assertFalse(text.contains("Jaarverslag"), "the source stays private");
        assertFalse(text.contains("Gieterij"), "street addresses stay private");
        assertTrue(text.contains("Zorgacademie \\u003CZwolle\\u003E"), "markup is escaped as in every public JSON");
    }
}
