package nl.samenwerkingskaart.portraits.web.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SlingContextExtension.class)
class PublicationListModelTest {

    private static final String LIST = TestSite.SITE + "/kaart/jcr:content/container/publications";
    private static final String ARTICLE = "/etc/taxonomy/publicaties/artikel";

    private final SlingContext context = new SlingContext();

    @BeforeEach
    void setUp() {
        context.addModelsForClasses(PublicationListModel.class);
        TestSite.load(context);
        context.create().resource("/etc/taxonomy/publicaties/artikel", "jcr:title", "Artikel");
    }

    private PublicationListModel model(Map<String, Object> properties, String... parameters) {
        org.apache.sling.api.resource.Resource old = context.resourceResolver().getResource(LIST);
        if (old != null) {
            try {
                context.resourceResolver().delete(old);
            } catch (org.apache.sling.api.resource.PersistenceException e) {
                throw new IllegalStateException(e);
            }
        }
        context.create().resource(LIST, properties);
        Map<String, Object> query = new HashMap<>();
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            query.put(parameters[i], parameters[i + 1]);
        }
        context.request().setParameterMap(query);
        context.currentResource(LIST);
        PublicationListModel model = context.request().adaptTo(PublicationListModel.class);
        assertNotNull(model);
        return model;
    }

    private PublicationListModel model(String... parameters) {
        return model(Map.of("sling:resourceType", PublicationListModel.RESOURCE_TYPE), parameters);
    }

    private static List<String> titles(PublicationListModel model) {
        return model.getItems().stream().map(PublicationListModel.Entry::getTitle).toList();
    }

    @Test
    void publishedDatedPagesOfTheSiteNewestFirstNeverDraftsOrUndatedPages() {
        PublicationListModel model = model();
        assertEquals(List.of("Regioportret Zeeland", "Regioportret Achterhoek", "Doorlopende leerlijnen",
                "Regioportret Twente", "Van projecten naar netwerken"), titles(model));
        assertEquals(5, model.getCount());
        assertEquals(5, model.getTotal());
        assertFalse(model.isFiltered());
    }

    @Test
    void eachEntryHasItsCategoryDateAuthorsAndLink() {
        List<PublicationListModel.Entry> items = model().getItems();
        PublicationListModel.Entry netwerken = items.get(4);
        assertEquals("Artikel", netwerken.getCategory(), "the taxonomy term's title");
        assertEquals("2025-03-14", netwerken.getDateIso());
        assertEquals("14 maart 2025", netwerken.getDate(), "the site's language");
        assertEquals(List.of("dr. E. Smit"), netwerken.getAuthors());
        assertEquals(TestSite.SITE + "/artikelen/netwerken.html", netwerken.getUrl());
        assertEquals("Hoe losse projecten uitgroeien tot netwerken.", netwerken.getExcerpt());
        assertEquals("Praktijk verhaal", items.get(2).getCategory(), "an unreadable term is named after its node");
        assertEquals(List.of("dr. A. de Vries", "drs. B. Jansen"), items.get(3).getAuthors());
    }

    @Test
    void filtersByCategoryWithTheChosenOneSelected() {
        PublicationListModel model = model("category", ARTICLE);
        assertEquals(List.of("Van projecten naar netwerken"), titles(model));
        assertTrue(model.isFiltered());
        assertTrue(model.isFilterShown());
        assertEquals(List.of("portrait", "/etc/taxonomy/publicaties/praktijk-verhaal", ARTICLE),
                model.getCategoryOptions().stream().map(Item::getValue).toList(), "in the order of their newest");
        assertEquals(List.of("Praktijk verhaal", "Artikel"),
                model.getCategoryOptions().stream().skip(1).map(Item::getLabel).toList());
        assertEquals(List.of(false, false, true), model.getCategoryOptions().stream().map(Item::isSelected).toList());
        assertEquals(3, model("category", "portrait").getCount());
    }

    @Test
    void oddCategoriesShowEverything() {
        assertEquals(5, model("category", "<script>alert(1)</script>").getCount());
        assertFalse(model("category", "x".repeat(5000)).isFiltered());
    }

    @Test
    void anEditorLimitsTheNumberAndMayHideTheFilter() {
        PublicationListModel model = model(Map.of("sling:resourceType", PublicationListModel.RESOURCE_TYPE,
                "limit", 2, "hideFilter", true, "title", " Nieuw "));
        assertEquals(List.of("Regioportret Zeeland", "Regioportret Achterhoek"), titles(model));
        assertEquals(5, model.getTotal());
        assertFalse(model.isFilterShown());
        assertEquals("Nieuw", model.getTitle());
    }

    @Test
    void aRootPathNarrowsTheListAndOnlyPathsUnderContentCount() {
        PublicationListModel model = model(Map.of("sling:resourceType", PublicationListModel.RESOURCE_TYPE,
                "rootPath", TestSite.SITE + "/artikelen"));
        assertEquals(List.of("Doorlopende leerlijnen", "Van projecten naar netwerken"), titles(model));
        assertFalse(model.isFilterShown() && model.getCategoryOptions().size() < 2);
    }
}
