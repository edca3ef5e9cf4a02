package nl.samenwerkingskaart.portraits.web.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import nl.samenwerkingskaart.initiatives.api.MapViews;
import nl.samenwerkingskaart.initiatives.web.models.MapComponent;
import nl.samenwerkingskaart.portraits.domain.TextBlock;
import org.apache.sling.api.resource.ModifiableValueMap;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ValueMap;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SlingContextExtension.class)
class PortraitPageModelTest {

    private final SlingContext context = new SlingContext();

    @BeforeEach
    void setUp() {
        context.addModelsForClasses(PortraitPageModel.class, MapComponent.class);
        TestSite.load(context);
    }

    private PortraitPageModel model(String page) {
        context.currentResource(page + "/jcr:content");
        PortraitPageModel model = context.request().adaptTo(PortraitPageModel.class);
        assertNotNull(model);
        return model;
    }

    @Test
    void regionsByNameMainRegionFirst() {
        PortraitPageModel model = model(TestSite.TWENTE);
        assertTrue(model.isPortrait());
        assertEquals(List.of("Twente", "Achterhoek"), model.getRegions().stream().map(Item::getLabel).toList());
        assertEquals(List.of("AM05", "AM09"), model.getRegions().stream().map(Item::getValue).toList());
        assertEquals("Twente", model.getMainRegionName());
    }

    @Test
    void sectionsAreParagraphsAndListsOfPlainText() {
        PortraitPageModel model = model(TestSite.TWENTE);
        List<TextBlock> summary = model.getSummary();
        assertEquals(2, summary.size());
        assertEquals("Twente werkt samen <script>alert(1)</script>. In netwerken.", summary.get(0).getText(),
                "markup stays text; content.jsp escapes it");
        List<TextBlock> strengths = model.getStrengths();
        assertEquals("Sterk:", strengths.get(0).getText());
        assertEquals(List.of("veel bedrijven", "korte lijnen"), strengths.get(1).getItems());
        assertTrue(strengths.get(1).isList());
        assertEquals(List.of(), model.getWeaknesses());
        assertEquals(List.of("meer mbo"), model.getRecommendations().get(0).getItems());
    }

    @Test
    void knownTypologyTagsInTheirOrderWithTheirDimension() {
        List<Item> tags = model(TestSite.TWENTE).getTypologyTags();
        assertEquals(List.of("netwerk", "structureel"), tags.stream().map(Item::getValue).toList());
        assertEquals(List.of("Network", "Structural"), tags.stream().map(Item::getLabel).toList());
        assertEquals(List.of("Form of cooperation", "Stage of development"),
                tags.stream().map(Item::getDetail).toList());
    }

    @Test
    void goodPracticesArePublishedInitiativesLinkedToTheSitesNationalMap() {
        List<Item> practices = model(TestSite.TWENTE).getGoodPractices();
        assertEquals(1, practices.size(), "unknown and unpublished ids are left out");
        Item practice = practices.get(0);
        assertEquals("Techniek <Twente>", practice.getLabel());
        assertEquals("Enschede", practice.getDetail());
        // the map of the site that shows the region filter, not the regional one before it
        assertEquals("/content/publicaties/kaart.html#" + MapViews.hashPrefix(TestSite.MAP) + ".id=techniek-twente",
                practice.getUrl());
    }

    @Test
    void authorsDateAndPdfInThePagesLanguage() {
        PortraitPageModel model = model(TestSite.TWENTE);
        assertEquals(List.of("dr. A. de Vries", "drs. B. Jansen"), model.getAuthors());
        assertEquals("3 juni 2025", model.getPublicationDate());
        assertEquals("2025-06-03", model.getPublicationDateIso());
        Download pdf = model.getPdf();
        assertEquals("/content/publicaties/portretten/twente.pdf", pdf.getUrl());
        assertEquals("PDF, 1,2 MB", pdf.getLabel());
        assertEquals(TestSite.TWENTE_PDF_BYTES, pdf.getBytes());
        assertEquals("nl", model.getLanguage());
    }

    @Test
    void englishSiteWritesEnglishDatesAndNumbers() throws PersistenceException {
        context.resourceResolver().getResource(TestSite.SITE).adaptTo(ModifiableValueMap.class).put("jcr:language", "en");
        context.resourceResolver().commit();
        PortraitPageModel model = model(TestSite.TWENTE);
        assertEquals("June 3, 2025", model.getPublicationDate());
        assertEquals("PDF, 1.2 MB", model.getPdf().getLabel());
    }

    @Test
    void readAlsoShowsPublishedPagesOnly() {
        List<Item> related = model(TestSite.TWENTE).getRelated();
        assertEquals(1, related.size(), "the unpublished and the missing page are left out");
        assertEquals("Van projecten naar netwerken", related.get(0).getLabel());
        assertEquals("/content/publicaties/artikelen/netwerken.html", related.get(0).getUrl());
        assertEquals("14 maart 2025", related.get(0).getDate());
        assertEquals("2025-03-14", related.get(0).getDateIso());
    }

    @Test
    void linksCarryTheContextPath() {
        context.request().setContextPath("/cms");
        PortraitPageModel model = model(TestSite.TWENTE);
        assertEquals("/cms/content/publicaties/portretten/twente.pdf", model.getPdf().getUrl());
        assertTrue(model.getGoodPractices().get(0).getUrl().startsWith("/cms/content/publicaties/kaart.html#"));
        assertEquals("/cms/content/publicaties/artikelen/netwerken.html", model.getRelated().get(0).getUrl());
    }

    @Test
    void regionMapIsTheMapComponentFixedToTheMainRegion() {
        Resource map = model(TestSite.TWENTE).getRegionMap();
        assertEquals(TestSite.TWENTE + "/jcr:content/regionmap", map.getPath());
        assertEquals("samenwerking/components/map", map.getResourceType());
        ValueMap values = map.getValueMap();
        assertEquals("AM05", values.get("startView", String.class));
        assertEquals("AM05", values.get("presetRegion", String.class));
        assertArrayEquals(new String[] {"level", "search"}, values.get("visibleFilters", String[].class));
        assertEquals(Boolean.TRUE, values.get("showList", Boolean.class));
        assertEquals(380L, values.get("height", Long.class));
        assertEquals("pdok", values.get("baseLayer", String.class), "the site's own map's base layer");
        assertEquals("Initiatives in Twente", values.get("title", String.class));
    }

    @Test
    void theMapComponentReadsTheRegionMapsSettings() throws Exception {
        Resource map = model(TestSite.TWENTE).getRegionMap();
        context.currentResource(map);
        MapComponent component = context.request().adaptTo(MapComponent.class);
        assertNotNull(component);
        assertEquals("AM05", component.getStartView());
        assertEquals(List.of("level", "search"), component.getVisibleFilters());
        assertFalse(component.getVisibleFilters().contains("region"), "the region filter is hidden");
        assertEquals(380L, component.getHeight());
        assertTrue(component.isShowList());
        assertEquals(MapViews.hashPrefix(map.getPath()), component.getHashPrefix());
        JsonNode config = new ObjectMapper().readTree(component.getConfigJson());
        assertEquals("AM05", config.path("presets").path("region").asText());
    }

    @Test
    void portraitWithoutPdfOrRelatedShowsNone() {
        PortraitPageModel model = model(TestSite.ACHTERHOEK);
        assertNull(model.getPdf());
        assertEquals(List.of(), model.getRelated());
        assertEquals(List.of(), model.getTypologyTags());
        assertEquals(List.of(), model.getAuthors());
    }

    @Test
    void aPdfPathThatIsNoFileGivesNoDownload() throws PersistenceException {
        context.resourceResolver().getResource(TestSite.ZEELAND + "/jcr:content").adaptTo(ModifiableValueMap.class)
                .put("pdf", "/static/portretten/weg.pdf");
        context.resourceResolver().commit();
        assertNull(model(TestSite.ZEELAND).getPdf());
    }

    @Test
    void anotherPageIsNoPortrait() {
        PortraitPageModel model = model(TestSite.SITE + "/kaart");
        assertFalse(model.isPortrait());
        assertNull(model.getRegionMap());
        assertEquals(List.of(), model.getSummary());
        assertNull(model.getPdf());
    }
}
