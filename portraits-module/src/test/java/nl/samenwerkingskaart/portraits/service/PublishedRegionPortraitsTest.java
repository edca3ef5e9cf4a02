package nl.samenwerkingskaart.portraits.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import nl.samenwerkingskaart.initiatives.api.RegionPortrait;
import nl.samenwerkingskaart.portraits.TestPortraits;
import nl.samenwerkingskaart.portraits.repository.PortraitProperties;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.testing.mock.sling.ResourceResolverType;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Which portrait a region page shows: published only, its own main region before a wider one, newest first. */
@ExtendWith(SlingContextExtension.class)
class PublishedRegionPortraitsTest {

    private final SlingContext context = new SlingContext(ResourceResolverType.JCR_OAK);
    private final PublishedRegionPortraits portraits = new PublishedRegionPortraits();
    private ResourceResolver resolver;

    @BeforeEach
    void setUp() throws Exception {
        resolver = context.resourceResolver();
        TestPortraits.pdf(resolver, TestPortraits.PDF, "%PDF-1.4 test");
        page("/content/site/portretten/twente", "Twente", new String[] {"AM05"}, true, 2025);
        page("/content/site/portretten/oost", "Oost-Nederland", new String[] {"AM36", "AM05"}, true, 2026);
        page("/content/site/portretten/twente-nieuw", "Twente (concept)", new String[] {"AM05"}, false, 2027);
        page("/content/site/portretten/zwolle", "Zwolle (concept)", new String[] {"AM36"}, false, 2026);
    }

    private void page(String path, String title, String[] regions, boolean published, int year) throws Exception {
        Map<String, Object> content = new HashMap<>(TestPortraits.completeContent(title));
        content.put(PortraitProperties.REGIONS, regions);
        content.put(PortraitProperties.PUBLISHED, published);
        content.put(PortraitProperties.PUBLICATION_DATE, TestPortraits.calendar(year, 1, 1));
        TestPortraits.page(resolver, path, content);
    }

    @Test
    void theRegionsOwnPublishedPortraitWinsOverANewerWiderOne() {
        RegionPortrait twente = portraits.publishedFor(resolver, "AM05").orElseThrow();

        assertEquals("Twente", twente.title());
        assertEquals("/content/site/portretten/twente", twente.pagePath());
        assertEquals("/content/site/portretten/twente.pdf", twente.pdfPath());
        assertEquals("%PDF-1.4 test".length(), twente.pdfBytes());
        assertEquals("Samenvatting van Twente.", twente.summary());
    }

    @Test
    void aWiderPortraitServesARegionWithoutItsOwnAndDraftsNever() {
        assertEquals("Oost-Nederland", portraits.publishedFor(resolver, "AM36").orElseThrow().title(),
                "the draft about Zwolle alone does not count");
        assertTrue(portraits.publishedFor(resolver, "AM01").isEmpty());
        assertTrue(portraits.publishedFor(resolver, null).isEmpty());
    }

    @Test
    void aPortraitWhosePdfIsMissingHasNoDownload() throws Exception {
        Map<String, Object> content = new HashMap<>(TestPortraits.completeContent("Zeeland"));
        content.put(PortraitProperties.REGIONS, new String[] {"AM24"});
        content.put(PortraitProperties.PUBLISHED, true);
        content.put(PortraitProperties.PDF, "/static/portretten/weg.pdf");
        TestPortraits.page(resolver, "/content/site/portretten/zeeland", content);

        RegionPortrait zeeland = portraits.publishedFor(resolver, "AM24").orElseThrow();
        assertNull(zeeland.pdfPath());
        assertEquals(0, zeeland.pdfBytes());
    }
}
