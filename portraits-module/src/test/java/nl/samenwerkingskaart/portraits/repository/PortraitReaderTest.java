package nl.samenwerkingskaart.portraits.repository;

import static nl.samenwerkingskaart.portraits.TestPortraits.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import nl.samenwerkingskaart.portraits.TestPortraits;
import nl.samenwerkingskaart.portraits.domain.Portrait;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.testing.mock.sling.ResourceResolverType;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SlingContextExtension.class)
class PortraitReaderTest {

    private static final String PATH = "/content/site/portretten/twente";

    private final SlingContext context = new SlingContext(ResourceResolverType.JCR_OAK);
    private ResourceResolver resolver;

    @BeforeEach
    void setUp() {
        resolver = context.resourceResolver();
    }

    private Portrait read(Map<String, Object> content) throws Exception {
        page(resolver, PATH, content);
        return PortraitReader.read(resolver.getResource(PATH)).orElseThrow();
    }

    @Test
    void readsEverythingAsTheDialogsStoreIt() throws Exception {
        Map<String, Object> content = TestPortraits.completeContent("Twente");
        content.put(PortraitProperties.ID, "p-1");
        content.put(PortraitProperties.REGIONS, new String[] {"AM20", " AM01 ", ""});
        content.put(PortraitProperties.GOOD_PRACTICES, new String[] {"techniekpact-twente-k3f9q"});
        content.put(PortraitProperties.RELATED, new String[] {"/content/site/a", "/content/site/b"});
        content.put(PortraitProperties.PUBLISHED, true);

        Portrait portrait = read(content);

        assertEquals(PATH, portrait.path());
        assertEquals("p-1", portrait.id());
        assertEquals("Twente", portrait.title());
        assertEquals(List.of("AM20", "AM01"), portrait.regions(), "stripped, empty values left out");
        assertEquals("Samenvatting van Twente.", portrait.summary());
        assertEquals(List.of("netwerk"), portrait.typologyTags());
        assertEquals("Typering van Twente.", portrait.typology());
        assertEquals("Sterk in Twente.", portrait.strengths());
        assertEquals("Zwak in Twente.", portrait.weaknesses());
        assertEquals("Advies voor Twente.", portrait.recommendations());
        assertEquals(List.of("techniekpact-twente-k3f9q"), portrait.goodPractices());
        assertEquals(List.of("dr. A. de Vries"), portrait.authors());
        assertEquals(LocalDate.of(2026, 12, 1), portrait.publicationDate());
        assertEquals(TestPortraits.PDF, portrait.pdfPath());
        assertEquals(List.of("/content/site/a", "/content/site/b"), portrait.related());
        assertTrue(portrait.published());
    }

    @Test
    void aSingleStringIsAListOfOne() throws Exception {
        Map<String, Object> content = new HashMap<>(Map.of(PortraitProperties.TITLE, "Twente",
                PortraitProperties.REGIONS, "AM20", PortraitProperties.AUTHORS, "dr. A. de Vries"));
        Portrait portrait = read(content);
        assertEquals(List.of("AM20"), portrait.regions());
        assertEquals(List.of("dr. A. de Vries"), portrait.authors());
    }

    @Test
    void aMinimalPageGivesEmptyValuesNeverNulls() throws Exception {
        Portrait portrait = read(Map.of(PortraitProperties.ID, "  ", PortraitProperties.PDF, " "));
        assertNull(portrait.id(), "a blank id is no id");
        assertNull(portrait.pdfPath(), "a blank pdf is none");
        assertEquals("", portrait.title());
        assertEquals(List.of(), portrait.regions());
        assertEquals(List.of(), portrait.related());
        assertNull(portrait.publicationDate());
        assertFalse(portrait.published());
    }

    @Test
    void theDateIsTheDayInAmsterdam() throws Exception {
        GregorianCalendar lateUtc = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        lateUtc.clear();
        lateUtc.set(2026, 10, 30, 23, 30); // 30 November 23:30 UTC is 1 December in Amsterdam
        assertEquals(LocalDate.of(2026, 12, 1), read(Map.of(PortraitProperties.PUBLICATION_DATE, lateUtc))
                .publicationDate());
    }

    @Test
    void theDateMayBeAnIsoString() throws Exception {
        assertEquals(LocalDate.of(2026, 12, 1), read(Map.of(PortraitProperties.PUBLICATION_DATE, "2026-12-01"))
                .publicationDate());
    }

    @Test
    void theDateMayBeAnIsoDateTimeString() throws Exception {
        assertEquals(LocalDate.of(2026, 12, 1),
                read(Map.of(PortraitProperties.PUBLICATION_DATE, "2026-12-01T00:00:00.000+01:00")).publicationDate());
    }

    @Test
    void anUnreadableDateIsNone() throws Exception {
        assertNull(read(Map.of(PortraitProperties.PUBLICATION_DATE, "1 december 2026")).publicationDate());
    }

    @Test
    void aShortDateStringIsNone() throws Exception {
        assertNull(read(Map.of(PortraitProperties.PUBLICATION_DATE, "2026-12")).publicationDate());
    }

    @Test
    void thePageOrItsContentGiveTheSamePortrait() throws Exception {
        page(resolver, PATH, TestPortraits.completeContent("Twente"));
        Optional<Portrait> fromPage = PortraitReader.read(resolver.getResource(PATH));
        Optional<Portrait> fromContent = PortraitReader.read(resolver.getResource(PATH + "/jcr:content"));
        assertTrue(fromPage.isPresent());
        assertEquals(fromPage, fromContent);
        assertEquals(PATH, fromContent.get().path());
    }

    @Test
    void otherResourcesAreNoPortraits() throws Exception {
        Map<String, Object> other = new HashMap<>(TestPortraits.completeContent("Artikel"));
        other.put("sling:resourceType", "reference/components/pages/base");
        page(resolver, "/content/site/artikel", other);
        TestPortraits.node(resolver, "/content/site/map", Map.of("jcr:primaryType", "sling:Folder"));
        resolver.commit();

        assertEquals(Optional.empty(), PortraitReader.read(resolver.getResource("/content/site/artikel")));
        assertEquals(Optional.empty(), PortraitReader.read(resolver.getResource("/content/site/artikel/jcr:content")));
        assertEquals(Optional.empty(), PortraitReader.read(resolver.getResource("/content/site/map")),
                "no jcr:content");
        assertEquals(Optional.empty(), PortraitReader.read(null));
        Resource content = PortraitReader.content(resolver.getResource("/content/site/artikel"));
        assertEquals("/content/site/artikel/jcr:content", content.getPath());
        assertNull(PortraitReader.content(null));
    }
}
