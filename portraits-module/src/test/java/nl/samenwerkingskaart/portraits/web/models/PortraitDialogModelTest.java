package nl.samenwerkingskaart.portraits.web.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SlingContextExtension.class)
class PortraitDialogModelTest {

    private final SlingContext context = new SlingContext();

    @BeforeEach
    void setUp() {
        context.addModelsForClasses(PortraitDialogModel.class);
        TestSite.load(context);
    }

    private PortraitDialogModel dialogFor(String page) {
        // Sling CMS passes the edited jcr:content as the dialog's suffix
        context.requestPathInfo().setSuffix(page + "/jcr:content");
        PortraitDialogModel model = context.request().adaptTo(PortraitDialogModel.class);
        assertNotNull(model);
        return model;
    }

    private static List<String> selected(List<Item> options) {
        return options.stream().filter(Item::isSelected).map(Item::getValue).toList();
    }

    @Test
    void regionsWithTheStoredOnesSelected() {
        List<Item> regions = dialogFor(TestSite.TWENTE).getRegions();
        assertEquals(List.of("Twente (AM05)", "Achterhoek (AM09)", "Zeeland (AM24)"),
                regions.stream().map(Item::getLabel).toList());
        assertEquals(List.of("AM05", "AM09"), selected(regions));
    }

    @Test
    void publishedInitiativesAndStoredIdsThatAreNoLongerPublishedStaySelected() {
        List<Item> initiatives = dialogFor(TestSite.TWENTE).getInitiatives();
        assertEquals(List.of("Achterhoek Maakt (Doetinchem)", "Techniek <Twente> (Enschede)", "verdwenen",
                "concept-initiatief"), initiatives.stream().map(Item::getLabel).toList());
        assertEquals(List.of("techniek-twente", "verdwenen", "concept-initiatief"), selected(initiatives));
    }

    @Test
    void typologyTagsWithTheStoredOnesChecked() {
        List<Item> tags = dialogFor(TestSite.TWENTE).getTypologyTags();
        assertEquals(10, tags.size());
        assertEquals(List.of("netwerk", "structureel"), selected(tags));
    }

    @Test
    void aNewPageHasNothingSelected() {
        context.requestPathInfo().setSuffix(null);
        PortraitDialogModel model = context.request().adaptTo(PortraitDialogModel.class);
        assertEquals(List.of(), selected(model.getRegions()));
        assertEquals(List.of(), selected(model.getTypologyTags()));
    }
}
