package nl.samenwerkingskaart.initiatives.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.Location;
import nl.samenwerkingskaart.initiatives.domain.Party;
import nl.samenwerkingskaart.initiatives.domain.PartyKind;
import nl.samenwerkingskaart.initiatives.mapdata.MapData;
import nl.samenwerkingskaart.initiatives.repository.InitiativeRepository;
import nl.samenwerkingskaart.initiatives.repository.JcrInitiativeRepository;
import org.apache.sling.api.resource.ResourceResolverFactory;
import org.apache.sling.api.resource.observation.ResourceChange;
import org.apache.sling.api.resource.observation.ResourceChange.ChangeType;
import org.apache.sling.testing.mock.sling.ResourceResolverType;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The cache of published initiatives: what it serves, and that changes reach it. */
@ExtendWith(SlingContextExtension.class)
class PublishedInitiativesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SlingContext context = new SlingContext(ResourceResolverType.JCR_OAK);
    private final InitiativeRepository repository = new JcrInitiativeRepository();
    private PublishedInitiatives cache;

    @BeforeEach
    void setUp() throws Exception {
        context.build().resource("/var/samenwerkingskaart").commit();
        repository.save(context.resourceResolver(), initiative("open-aaaaa", "Open initiatief", true));
        repository.save(context.resourceResolver(), initiative("concept-bbbbb", "Concept", false));
        cache = new PublishedInitiatives(context.getService(ResourceResolverFactory.class), repository);
    }

    @Test
    void servesOnlyPublishedInitiatives() throws IOException {
        assertEquals(Set.of("open-aaaaa"), ids(cache.mapData()));
        assertTrue(cache.find("open-aaaaa").isPresent());
        assertTrue(cache.find("concept-bbbbb").isEmpty());
    }

    @Test
    void servesTheSameBytesAndTagUntilSomethingChanges() throws IOException {
        MapData first = cache.mapData();
        assertSame(first, cache.mapData(), "no work without a change");
        assertEquals(new String(first.json(), "UTF-8"), gunzip(first.gzipped()));
        assertTrue(first.etag().startsWith("\"") && first.etag().endsWith("\""));
    }

    @Test
    void publishingChangingAndUnpublishingShowAtOnce() throws Exception {
        String before = cache.mapData().etag();

        repository.setPublished(context.resourceResolver(), "concept-bbbbb", true);
        cache.onChange(List.of(change("/var/samenwerkingskaart/initiatives/concept-bbbbb")));
        MapData published = cache.mapData();
        assertEquals(Set.of("open-aaaaa", "concept-bbbbb"), ids(published));
        assertNotEquals(before, published.etag());

        repository.save(context.resourceResolver(), initiative("concept-bbbbb", "Hernoemd", true));
        cache.onChange(List.of(change("/var/samenwerkingskaart/initiatives/concept-bbbbb/parties/0")));
        MapData renamed = cache.mapData();
        assertNotEquals(published.etag(), renamed.etag());
        assertEquals("Hernoemd", cache.find("concept-bbbbb").orElseThrow().name());

        repository.setPublished(context.resourceResolver(), "open-aaaaa", false);
        cache.onChange(List.of(change("/var/samenwerkingskaart/initiatives/open-aaaaa")));
        assertEquals(Set.of("concept-bbbbb"), ids(cache.mapData()));
        assertTrue(cache.find("open-aaaaa").isEmpty());
    }

    @Test
    void aDeletedInitiativeLeaves() throws Exception {
        cache.mapData();
        repository.delete(context.resourceResolver(), "open-aaaaa");
        cache.onChange(List.of(change("/var/samenwerkingskaart/initiatives/open-aaaaa")));
        assertEquals(Set.of(), ids(cache.mapData()));
    }

    @Test
    void theSameDataGivesTheSameTagWhateverTheLoadingOrder() throws Exception {
        repository.save(context.resourceResolver(), initiative("derde-ccccc", "Derde", true));
        String full = cache.mapData().etag();
        PublishedInitiatives other = new PublishedInitiatives(context.getService(ResourceResolverFactory.class),
                repository);
        other.mapData();
        other.onChange(List.of(change("/var/samenwerkingskaart/initiatives/derde-ccccc")));
        assertEquals(full, other.mapData().etag(), "an instance that loaded in steps agrees with one that did not");
    }

    private static ResourceChange change(String path) {
        return new ResourceChange(ChangeType.CHANGED, path, false);
    }

    private static Set<String> ids(MapData data) throws IOException {
        JsonNode collection = JSON.readTree(data.json());
        Set<String> ids = new HashSet<>();
        collection.get("features").forEach(f -> ids.add(f.get("id").asText()));
        return ids;
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), "UTF-8");
        }
    }

    static Initiative initiative(String id, String name, boolean published) {
        return Initiative.builder()
                .id(id)
                .name(name)
                .goal("Samen opleiden.")
                .parties(List.of(new Party("ROC Test", PartyKind.MBO_INSTITUTION, "Enschede")))
                .locations(List.of(new Location(null, "Enschede", 52.2215, 6.8937, null)))
                .regionCode("AM05")
                .provinceCode("PV23")
                .published(published)
                .build();
    }
}
