package nl.samenwerkingskaart.initiatives.web.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.Level;
import nl.samenwerkingskaart.initiatives.domain.Location;
import nl.samenwerkingskaart.initiatives.domain.Party;
import nl.samenwerkingskaart.initiatives.domain.PartyKind;
import nl.samenwerkingskaart.initiatives.domain.RegionCatalog;
import nl.samenwerkingskaart.initiatives.domain.Status;
import nl.samenwerkingskaart.initiatives.repository.InitiativeRepository;
import nl.samenwerkingskaart.initiatives.web.Regions;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SlingContextExtension.class)
class InitiativeListModelTest {

    private static RegionCatalog catalog;

    private final SlingContext context = new SlingContext();
    private final InitiativeRepository repository = mock(InitiativeRepository.class);
    private final List<Initiative> initiatives = new ArrayList<>();

    @BeforeAll
    static void loadRegions() {
        catalog = RegionCatalog.loadDefault();
    }

    @BeforeEach
    void setUp() {
        Regions regions = mock(Regions.class);
        when(regions.catalog()).thenReturn(catalog);
        when(regions.lookup()).thenReturn(catalog);
        context.registerService(InitiativeRepository.class, repository);
        context.registerService(Regions.class, regions);
        context.addModelsForClasses(InitiativeListModel.class);
        when(repository.findAll(any())).thenReturn(initiatives);
    }

    private static Initiative initiative(String id, String name, String region, Set<Level> levels, Status status,
            boolean published, List<Party> parties, String locationTown) {
        return Initiative.builder().id(id).name(name).goal("Doel").regionCode(region).levels(levels).status(status)
                .published(published).parties(parties)
                .locations(List.of(new Location(null, locationTown, 52.2, 6.9, null)))
                .lastModified(Instant.parse("2025-03-01T09:00:00Z"))
                .build();
    }

    private void sample() {
        initiatives.add(initiative("zorgpact-a1", "Zorgpact Noord", "AM01", Set.of(Level.MBO, Level.HBO),
                Status.RUNNING, true, List.of(new Party("Noorderpoort", PartyKind.MBO_INSTITUTION, "Groningen")),
                "Groningen"));
        initiatives.add(initiative("techniek-b2", "Techniekpact Twente", "AM20", Set.of(Level.VMBO, Level.MBO),
                Status.RUNNING, false, List.of(new Party("ROC van Twente", PartyKind.MBO_INSTITUTION, "Hengelo")),
                "Enschede"));
        initiatives.add(initiative("ict-c3", "ICT Campus", "AM20", Set.of(Level.HBO), Status.ENDED, true,
                List.of(new Party("Saxion", PartyKind.HBO_INSTITUTION, "Deventer")), "Énschede"));
        initiatives.add(initiative("bouw-d4", "bouwplaats", "AM05", Set.of(Level.VMBO), Status.PLANNED, false,
                List.of(new Party("Bouwbedrijf Jansen", PartyKind.COMPANY, null)), "Almelo"));
    }

    private InitiativeListModel model(Map<String, Object> parameters) {
        context.request().setParameterMap(parameters);
        return context.request().adaptTo(InitiativeListModel.class);
    }

    private static List<String> names(InitiativeListModel model) {
        return model.getRows().stream().map(InitiativeListModel.Row::name).toList();
    }

    @Test
    void listsEverythingSortedByNameIgnoringCase() {
        sample();

        InitiativeListModel model = model(Map.of());

        assertEquals(List.of("bouwplaats", "ICT Campus", "Techniekpact Twente", "Zorgpact Noord"), names(model));
        assertEquals(4, model.getTotal());
        assertEquals(1, model.getPageCount());
        assertFalse(model.isFiltered());
    }

    @Test
    void searchesNamesPartiesAndTownsIgnoringCaseAndAccents() {
        sample();

        assertEquals(List.of("Techniekpact Twente"), names(model(Map.of("q", "roc twente"))));
        assertEquals(List.of("ICT Campus"), names(model(Map.of("q", "SAXION"))));
        assertEquals(List.of("ICT Campus", "Techniekpact Twente"), names(model(Map.of("q", "enschede"))));
        assertEquals(List.of("Zorgpact Noord"), names(model(Map.of("q", "groningen"))));
        assertEquals(List.of("bouwplaats"), names(model(Map.of("q", "Jansen"))));
        assertTrue(names(model(Map.of("q", "rotterdam"))).isEmpty());
    }

    @Test
    void filtersByRegionLevelStatusAndPublication() {
        sample();

        assertEquals(List.of("ICT Campus", "Techniekpact Twente"), names(model(Map.of("region", "AM20"))));
        assertEquals(List.of("bouwplaats", "Techniekpact Twente"), names(model(Map.of("level", "vmbo"))));
        assertEquals(List.of("bouwplaats"), names(model(Map.of("status", "planned"))));
        assertEquals(List.of("ICT Campus", "Zorgpact Noord"), names(model(Map.of("published", "yes"))));
        assertEquals(List.of("bouwplaats", "Techniekpact Twente"), names(model(Map.of("published", "no"))));
        assertEquals(List.of("ICT Campus"),
                names(model(Map.of("region", "AM20", "published", "yes", "level", "hbo"))));
    }

    @Test
    void ignoresUnknownFilterValues() {
        sample();

        InitiativeListModel model = model(Map.of("region", "<script>", "level", "phd", "status", "x",
                "published", "maybe", "page", "-4"));

        assertEquals(4, model.getTotal());
        assertFalse(model.isFiltered());
        assertEquals(1, model.getPage());
    }

    @Test
    void pagesByFiftyWithLinksThatKeepTheFilters() {
        for (int i = 0; i < 230; i++) {
            initiatives.add(initiative(String.format("i-%03d", i), String.format("Initiatief %03d", i), "AM20",
                    Set.of(Level.MBO), Status.RUNNING, i % 2 == 0, List.of(), "Enschede"));
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("q", "initiatief");
        parameters.put("region", "AM20");
        parameters.put("page", "3");

        InitiativeListModel model = model(parameters);

        assertEquals(230, model.getTotal());
        assertEquals(5, model.getPageCount());
        assertEquals(3, model.getPage());
        assertEquals(50, model.getRows().size());
        assertEquals("Initiatief 100", model.getRows().get(0).name());
        assertEquals(101, model.getFirstIndex());
        assertEquals(150, model.getLastIndex());
        assertEquals("/cms/samenwerking/initiatives.html?q=initiatief&region=AM20&page=2", model.getPreviousUrl());
        assertEquals("/cms/samenwerking/initiatives.html?q=initiatief&region=AM20&page=4", model.getNextUrl());
        assertEquals(List.of(1, 2, 3, 4, 5), model.getPageLinks().stream().map(InitiativeListModel.PageLink::number)
                .toList());
        assertEquals("/cms/samenwerking/initiatives.html?q=initiatief&region=AM20",
                model.getPageLinks().get(0).url());
        assertTrue(model.getPageLinks().get(2).current());
        assertEquals("q=initiatief&region=AM20&page=3", model.getReturnQuery());
    }

    @Test
    void theLastPageHoldsTheRestAndAPageBeyondItShowsTheLast() {
        for (int i = 0; i < 120; i++) {
            initiatives.add(initiative("i-" + i, String.format("Initiatief %03d", i), "AM20", Set.of(),
                    Status.RUNNING, false, List.of(), null));
        }

        InitiativeListModel model = model(Map.of("page", "99"));

        assertEquals(3, model.getPage());
        assertEquals(20, model.getRows().size());
        assertNull(model.getNextUrl());
    }

    @Test
    void manyPagesGetAShortRowOfLinksWithGaps() {
        for (int i = 0; i < 50 * 40; i++) {
            initiatives.add(initiative("i-" + i, String.format("Initiatief %04d", i), "AM20", Set.of(),
                    Status.RUNNING, false, List.of(), null));
        }

        InitiativeListModel model = model(Map.of("page", "20"));

        assertEquals(List.of(1, 0, 18, 19, 20, 21, 22, 0, 40),
                model.getPageLinks().stream().map(InitiativeListModel.PageLink::number).toList());
    }

    @Test
    void rowsCarryRegionNameLevelsAndLinks() {
        sample();

        InitiativeListModel.Row row = model(Map.of("q", "techniekpact")).getRows().get(0);

        assertEquals("techniek-b2", row.id());
        assertEquals("AM20", row.regionCode());
        assertEquals(catalog.byCode("AM20").orElseThrow().name(), row.regionName());
        assertEquals("vmbo, mbo", row.levels());
        assertEquals("running", row.status());
        assertFalse(row.published());
        assertEquals("/cms/samenwerking/initiative.html/var/samenwerkingskaart/initiatives/techniek-b2", row.editUrl());
        assertEquals("/cms/samenwerking/initiative-delete.html/var/samenwerkingskaart/initiatives/techniek-b2",
                row.deleteUrl());
        assertEquals("2025-03-01T09:00:00Z", row.lastModifiedIso());
    }

    @Test
    void offersTheLabourMarketRegionsAndMarksTheChosenOne() {
        InitiativeListModel model = model(Map.of("region", "AM20"));

        assertEquals(35, model.getRegionOptions().size());
        assertTrue(model.getRegionOptions().stream().anyMatch(o -> o.value().equals("AM20") && o.selected()));
    }

    @Test
    void showsOnlyKnownNotices() {
        assertEquals("saved", model(Map.of("notice", "saved")).getNotice());
        assertNull(model(Map.of("notice", "<b>hi</b>")).getNotice());
        assertTrue(model(Map.of("notice", "notfound")).isNoticeWarning());
    }
}
