package nl.samenwerkingskaart.portraits.web.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.sling.api.resource.ModifiableValueMap;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SlingContextExtension.class)
class PortraitListModelTest {

    private final SlingContext context = new SlingContext();

    @BeforeEach
    void setUp() {
        context.addModelsForClasses(PortraitListModel.class);
        TestSite.load(context);
    }

    private PortraitListModel model(String... parameters) {
        Map<String, Object> query = new HashMap<>();
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            query.put(parameters[i], parameters[i + 1]);
        }
        context.request().setParameterMap(query);
        context.currentResource(TestSite.LIST);
        PortraitListModel model = context.request().adaptTo(PortraitListModel.class);
        assertNotNull(model);
        return model;
    }

    private static List<String> titles(PortraitListModel model) {
        return model.getItems().stream().map(PortraitListModel.ListItem::getTitle).toList();
    }

    @Test
    void publishedPortraitsOfTheSiteNewestFirstNeverTheDraft() {
        PortraitListModel model = model();
        assertEquals(List.of("Regioportret Zeeland", "Regioportret Achterhoek", "Regioportret Twente"), titles(model));
        assertEquals(3, model.getCount());
        assertFalse(model.isFiltered());
        assertEquals(TestSite.SITE, model.getRoot());
        assertEquals("Alle portretten", model.getTitle());
    }

    @Test
    void filtersByRegionYearAndBoth() {
        assertEquals(List.of("Regioportret Achterhoek", "Regioportret Twente"), titles(model("region", "AM09")));
        assertEquals(List.of("Regioportret Zeeland"), titles(model("year", "2026")));
        PortraitListModel none = model("region", "AM05", "year", "2026");
        assertEquals(0, none.getCount(), "the 2026 portrait of Twente is a draft");
        assertTrue(none.isFiltered());
    }

    @Test
    void oddParametersAreIgnored() {
        PortraitListModel model = model("region", "<script>", "year", "20x6");
        assertEquals(3, model.getCount());
        assertFalse(model.isFiltered());
        assertEquals(0, model("region", "AM99").getCount(), "a well-formed code without portraits finds none");
    }

    @Test
    void optionsComeFromPublishedPortraitsWithTheChosenOneSelected() {
        PortraitListModel model = model("region", "AM24", "year", "2025");
        assertEquals(List.of("Achterhoek", "Twente", "Zeeland"),
                model.getRegionOptions().stream().map(Item::getLabel).toList());
        assertEquals(List.of(false, false, true), model.getRegionOptions().stream().map(Item::isSelected).toList());
        assertEquals(List.of("2026", "2025"), model.getYearOptions().stream().map(Item::getValue).toList());
        assertEquals(List.of(false, true), model.getYearOptions().stream().map(Item::isSelected).toList());
    }

    @Test
    void itemsCarryRegionsDateAuthorsExcerptAndDownload() {
        List<PortraitListModel.ListItem> items = model().getItems();
        PortraitListModel.ListItem twente = items.get(2);
        assertEquals("/content/publicaties/portretten/twente.html", twente.getUrl());
        assertEquals(List.of("Twente", "Achterhoek"), twente.getRegions().stream().map(Item::getLabel).toList());
        assertEquals("3 juni 2025", twente.getDate());
        assertEquals("2025-06-03", twente.getDateIso());
        assertEquals(List.of("dr. A. de Vries", "drs. B. Jansen"), twente.getAuthors());
        assertEquals("Twente werkt samen <script>alert(1)</script>. In netwerken.", twente.getExcerpt());
        assertEquals("/content/publicaties/portretten/twente.pdf", twente.getPdf().getUrl());
        assertEquals("PDF, 1,2 MB", twente.getPdf().getLabel());
        assertEquals("PDF, 85 kB", items.get(0).getPdf().getLabel());
        assertEquals(List.of("ir. C. Bakker"), items.get(0).getAuthors(), "one author stored as a string");
        assertNull(items.get(1).getPdf(), "Achterhoek has no PDF");
    }

    @Test
    void theFormGoesToThePageThatHoldsTheList() {
        assertEquals("/content/publicaties/portretten/index.html", model().getAction());
        assertTrue(model().getId().matches("swk-portraits-[0-9a-f]{8}"));
    }

    @Test
    void aConfiguredRootLimitsTheList() throws PersistenceException {
        context.resourceResolver().getResource(TestSite.LIST).adaptTo(ModifiableValueMap.class)
                .put("rootPath", TestSite.SITE + "/artikelen");
        context.resourceResolver().commit();
        assertEquals(0, model().getCount());
        context.resourceResolver().getResource(TestSite.LIST).adaptTo(ModifiableValueMap.class)
                .put("rootPath", "/etc/elsewhere");
        context.resourceResolver().commit();
        assertEquals(TestSite.SITE, model().getRoot(), "only paths under /content are used");
    }

    @Test
    void excerptIsTheFirstParagraphCutAfterAWord() {
        String longText = "woord ".repeat(60).strip();
        String excerpt = PortraitListModel.excerpt(longText + "\n\nTweede alinea.");
        assertTrue(excerpt.endsWith("woord…"), excerpt);
        assertTrue(excerpt.length() <= PortraitListModel.EXCERPT_LENGTH + 1, excerpt);
        assertEquals("Kort.", PortraitListModel.excerpt("Kort.\n\nNog meer."));
    }
}
