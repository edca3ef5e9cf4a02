package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public map data and detail endpoints, over HTTP against the running CMS. */
@ExtendWith(CmsServer.class)
class MapDataEndpointIT {

    private Http anonymous;
    private Http admin;
    private TestData data;

    @BeforeEach
    void setUp(Cms cms) {
        anonymous = Http.anonymous(cms.base());
        admin = Http.admin(cms.base());
        data = new TestData(admin);
    }

    @Test
    void servesExactlyThePublishedInitiatives() {
        String published = data.create(TestData.uniqueId("gepubliceerd"), "Gepubliceerd testinitiatief", true);
        String draft = data.create(TestData.uniqueId("concept"), "Concept testinitiatief", false);

        Set<String> served = ids(anonymous.getJson(TestPaths.MAP_DATA));
        Set<String> expected = publishedIdsAsAdminSeesThem();

        assertTrue(served.contains(published));
        assertFalse(served.contains(draft));
        assertEquals(expected, served);
    }

    @Test
    void isGeoJsonWithCompactProperties() {
        String id = data.create(TestData.uniqueId("vorm"), "Vorm testinitiatief", true);
        JsonNode collection = Eventually.until(() -> anonymous.getJson(TestPaths.MAP_DATA),
                json -> json.toString().contains(id), "the new initiative in the map data");
        assertEquals("FeatureCollection", collection.get("type").asText());
        JsonNode feature = feature(collection, id);
        assertEquals("Feature", feature.get("type").asText());
        assertEquals("Point", feature.at("/geometry/type").asText());
        assertEquals(6.8937, feature.at("/geometry/coordinates/0").asDouble(), 1e-5);
        assertEquals(52.2215, feature.at("/geometry/coordinates/1").asDouble(), 1e-5);
        assertEquals("Vorm testinitiatief", feature.at("/properties/n").asText());
        assertEquals("AM05", feature.at("/properties/r").asText());
        String body = anonymous.get(TestPaths.MAP_DATA).body();
        assertFalse(body.contains("geheime-bron-"), "provenance must not be public");
        assertFalse(body.contains("onderzoeker-"), "provenance must not be public");
    }

    @Test
    void answersNotModifiedToItsOwnEtagAndChangesItWithinASecondOfAPublish() throws Exception {
        HttpResponse<String> first = anonymous.get(TestPaths.MAP_DATA);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, anonymous.get(TestPaths.MAP_DATA, "If-None-Match", etag).statusCode());

        String id = data.create(TestData.uniqueId("etag"), "ETag testinitiatief", false);
        assertEquals(304, anonymous.get(TestPaths.MAP_DATA, "If-None-Match", etag).statusCode(),
                "an unpublished initiative must not change the public data");

        data.setPublished(id, true);
        String afterPublish = awaitNewEtag(etag);
        assertTrue(ids(anonymous.getJson(TestPaths.MAP_DATA)).contains(id));

        data.rename(id, "ETag testinitiatief, hernoemd");
        String afterChange = awaitNewEtag(afterPublish);

        data.setPublished(id, false);
        awaitNewEtag(afterChange);
        assertFalse(ids(anonymous.getJson(TestPaths.MAP_DATA)).contains(id));
    }

    @Test
    void isGzippedForClientsThatAcceptIt() throws IOException {
        HttpResponse<byte[]> response = anonymous.getBytes(TestPaths.MAP_DATA, "Accept-Encoding", "gzip");
        assertEquals(200, response.statusCode());
        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(""));
        String json;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals("FeatureCollection", Http.JSON.readTree(json).get("type").asText());
        assertTrue(response.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
    }

    @Test
    void detailOfAPublishedInitiativeHasPublicFieldsOnly() {
        String id = data.create(TestData.uniqueId("detail"), "Detail testinitiatief", true);
        Eventually.until(() -> anonymous.get(TestPaths.DETAIL + id).body(),
                body -> body.contains("Detail testinitiatief"), "the detail of the new initiative");
        JsonNode detail = anonymous.getJson(TestPaths.DETAIL + id);
        assertEquals("Detail testinitiatief", detail.get("name").asText());
        assertEquals("ROC Testcollege", detail.at("/parties/0/name").asText());
        assertEquals("Twente", detail.at("/region/name").asText());
        String body = anonymous.get(TestPaths.DETAIL + id).body();
        assertFalse(body.contains("geheime-bron-"));
        assertFalse(body.contains("onderzoeker-"));
    }

    @Test
    void detailOfAnUnpublishedOrUnknownInitiativeIsNotFound() {
        String id = data.create(TestData.uniqueId("verborgen"), "Verborgen testinitiatief", false);
        HttpResponse<String> hidden = anonymous.get(TestPaths.DETAIL + id);
        assertEquals(404, hidden.statusCode());
        assertFalse(hidden.body().contains("Verborgen"));
        assertEquals(404, anonymous.get(TestPaths.DETAIL + "bestaat-niet-12345").statusCode());
        HttpResponse<String> traversal = anonymous.get(TestPaths.DETAIL + "..%2F..%2Fetc");
        assertTrue(traversal.statusCode() >= 400 && traversal.statusCode() < 500, "got " + traversal.statusCode());
    }

    private String awaitNewEtag(String old) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(1));
        String current = old;
        do {
            current = anonymous.get(TestPaths.MAP_DATA).headers().firstValue("ETag").orElseThrow();
            if (!current.equals(old)) {
                return current;
            }
            Thread.sleep(50);
        } while (Instant.now().isBefore(deadline));
        assertNotEquals(old, current, "the ETag must change within one second of a change");
        return current;
    }

    private Set<String> publishedIdsAsAdminSeesThem() {
        JsonNode root = admin.getJson(TestPaths.DATA_ROOT + ".1.json");
        Set<String> ids = new HashSet<>();
        root.fields().forEachRemaining(entry -> {
            JsonNode node = entry.getValue();
            if (node.isObject() && node.path("published").asBoolean(false)) {
                ids.add(entry.getKey());
            }
        });
        return ids;
    }

    static Set<String> ids(JsonNode collection) {
        Set<String> ids = new HashSet<>();
        collection.get("features").forEach(f -> ids.add(f.get("id").asText()));
        return ids;
    }

    static JsonNode feature(JsonNode collection, String id) {
        for (JsonNode f : collection.get("features")) {
            if (f.get("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no feature " + id);
    }
}
