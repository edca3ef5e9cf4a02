package nl.samenwerkingskaart.initiatives.web.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.sling.i18n.ResourceBundleProvider;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SlingContextExtension.class)
class MapComponentTest {

    private static final String SITE = "/content/publicaties";
    private static final String CONTAINER = SITE + "/kaart/jcr:content/container";
    private static final String PLAIN = CONTAINER + "/plain";
    private static final String TWENTE = CONTAINER + "/twente";
    private static final String ODD = CONTAINER + "/odd";
    private static final String TAXONOMY = "/etc/taxonomy/samenwerkingskaart";

    private final SlingContext context = new SlingContext();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void setUp() {
        context.addModelsForClasses(MapComponent.class);
        context.load().json("/map/test-content.json", SITE);
        // the taxonomy the bundle installs, so the test sees the real codes and titles
        context.load().json("/jcr_root/etc/taxonomy/samenwerkingskaart.json", TAXONOMY);
    }

    private MapComponent model(String path) {
        context.currentResource(path);
        MapComponent model = context.request().adaptTo(MapComponent.class);
        assertNotNull(model, "model for " + path);
        return model;
    }

    private JsonNode golden(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/map/" + name)) {
            assertNotNull(in, name);
            return json.readTree(in);
        }
    }

    @Test
    void configuredMapGivesTheGoldenConfig() throws IOException {
        JsonNode config = json.readTree(model(TWENTE).getConfigJson());
        assertEquals(golden("config-twente.json"), config);
    }

    @Test
    void unconfiguredMapUsesTheDefaultsOfTheContract() throws IOException {
        MapComponent map = model(PLAIN);
        assertNull(map.getTitle());
        assertEquals(560L, map.getHeight());
        assertTrue(map.isShowList());
        assertEquals(List.of("region", "level", "partyKind", "sector", "theme", "status", "search"),
                map.getVisibleFilters());
        assertEquals("outline", map.getBaseLayer());
        assertEquals("national", map.getStartView());
        assertEquals(golden("config-plain.json"), json.readTree(map.getConfigJson()));
    }

    @Test
    void gettersForTheScript() {
        MapComponent map = model(TWENTE);
        assertEquals("Samenwerking in <Twente>", map.getTitle(), "the JSP encodes; the model keeps the text");
        assertEquals(720L, map.getHeight());
        assertFalse(map.isShowList());
        assertEquals(List.of("region", "level", "search"), map.getVisibleFilters(), "fixed order, not the stored one");
        assertEquals("pdok", map.getBaseLayer());
        assertEquals("AM05", map.getStartView());
        assertEquals("nl", map.getLanguage());
    }

    @Test
    void invalidSettingsFallBackInsteadOfReachingTheBrowser() {
        MapComponent map = model(ODD);
        JsonNode config = map.config();
        assertNull(map.getTitle(), "blank title");
        assertEquals(240L, map.getHeight(), "clamped to the minimum");
        assertEquals("outline", map.getBaseLayer());
        assertEquals("national", map.getStartView(), "AM99 is no labour-market region");
        assertFalse(config.path("presets").has("region"), "a province is no preset region");
        assertEquals("[\"mbo\"]", config.path("presets").path("levels").toString(), "a single value is a list");
        assertEquals(List.of("status"), map.getVisibleFilters(), "unknown filters are dropped");
    }

    @Test
    void twoMapsOnOnePageHaveTheirOwnIdAndHashPrefix() {
        MapComponent twente = model(TWENTE);
        MapComponent plain = model(PLAIN);
        assertNotEquals(twente.getId(), plain.getId());
        assertNotEquals(twente.getHashPrefix(), plain.getHashPrefix());
        assertTrue(twente.getId().matches("swk-map-[0-9a-f]{10}"), twente.getId());
        assertTrue(twente.getHashPrefix().matches("m[0-9a-f]{6}"), twente.getHashPrefix());
        assertEquals(twente.getId(), model(TWENTE).getId(), "stable across requests, so shared links keep working");
    }

    @Test
    void messagesAndVocabularyTitlesComeFromTheDictionaryOfTheSitesLanguage() {
        ResourceBundle dutch = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {
                    {"Details", "Details"}, {"Close", "Sluiten"}, {"Company", "Bedrijf"}, {"Ended", "Beëindigd"},
                    {"Source: CBS / PDOK (Gebiedsindelingen)", "Bron: CBS / PDOK (Gebiedsindelingen)"}
                };
            }
        };
        ResourceBundleProvider dictionaries = org.mockito.Mockito.mock(ResourceBundleProvider.class);
        org.mockito.Mockito.when(dictionaries.getResourceBundle(org.mockito.ArgumentMatchers.any(Locale.class)))
                .thenAnswer(call -> "nl".equals(((Locale) call.getArgument(0)).getLanguage()) ? dutch : null);
        context.registerService(ResourceBundleProvider.class, dictionaries,
                org.osgi.framework.Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        // The visitor's browser asks for English; the Dutch site still speaks Dutch.
        context.request().setLocale(Locale.ENGLISH);

        JsonNode config = model(PLAIN).config();
        assertEquals("Sluiten", config.path("messages").path("Close").asText());
        assertEquals("Bron: CBS / PDOK (Gebiedsindelingen)",
                config.path("messages").path("Source: CBS / PDOK (Gebiedsindelingen)").asText());
        assertEquals("Next", config.path("messages").path("Next").asText(), "a missing message falls back to its key");
        assertEquals("Bedrijf", config.path("vocabularies").path("partyKinds").path("company").asText());
        assertEquals("Beëindigd", config.path("vocabularies").path("statuses").path("ended").asText());
    }

    @Test
    void vocabulariesComeFromTheTaxonomyAndTheRegionData() {
        JsonNode vocabularies = model(PLAIN).config().path("vocabularies");
        assertEquals(35, vocabularies.path("regions").size());
        assertEquals("Twente", vocabularies.path("regions").path("AM05").asText());
        assertEquals("FoodValley", vocabularies.path("regions").path("AM38").asText());
        assertEquals(10, vocabularies.path("sectors").size());
        assertEquals("Zorg en welzijn", vocabularies.path("sectors").path("zorg").asText());
        assertEquals(7, vocabularies.path("themes").size());
        assertEquals("Loopbaanoriëntatie", vocabularies.path("themes").path("loopbaanorientatie").asText());
    }

    @Test
    void withoutTheTaxonomyThePresetCodesStillPass() throws Exception {
        context.resourceResolver().delete(context.resourceResolver().getResource(TAXONOMY));
        JsonNode config = model(TWENTE).config();
        assertEquals(0, config.path("vocabularies").path("sectors").size());
        assertEquals("[\"techniek\",\"zorg\",\"unknown\"]", config.path("presets").path("sectors").toString());
    }

    @Test
    void linksFromOtherBundlesAddressTheSameView() {
        MapComponent twente = model(TWENTE);
        assertEquals(twente.getHashPrefix(), nl.samenwerkingskaart.initiatives.api.MapViews.hashPrefix(TWENTE));
        assertEquals(twente.getId(), nl.samenwerkingskaart.initiatives.api.MapViews.domId(TWENTE));
        assertEquals("#" + twente.getHashPrefix() + ".id=a%20b%2Fc",
                nl.samenwerkingskaart.initiatives.api.MapViews.initiativeFragment(TWENTE, "a b/c"));
    }

    @Test
    void endpointsCarryTheContextPath() {
        context.request().setContextPath("/cms");
        JsonNode endpoints = model(PLAIN).config().path("endpoints");
        assertEquals("/cms/bin/samenwerkingskaart/public/initiatives.json", endpoints.path("data").asText());
        assertEquals("/cms/bin/samenwerkingskaart/public/initiative.json/", endpoints.path("detail").asText());
        assertEquals("/cms/static/samenwerking/regions/arbeidsmarktregio_2025.geojson",
                endpoints.path("regions").asText());
        assertEquals("/cms/static/samenwerking/regions/nederland-outline.geojson", endpoints.path("outline").asText());
        assertEquals("/cms/bin/samenwerkingskaart/public/portraits.json", endpoints.path("portraits").asText());
    }

    @Test
    void everyMessageTheScriptUsesIsPassedAndTranslated() throws IOException {
        Set<String> used = new HashSet<>();
        String script;
        try (InputStream in = getClass().getResourceAsStream("/static-resources/map/map.js")) {
            assertNotNull(in);
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // this.t('key'), the tile attributions (message: 'key') and the labels of missing fields
        collect(Pattern.compile("this\\.t\\('([^']+)'|message: '([^']+)'").matcher(script), used);
        String labels = script.substring(script.indexOf("MISSING_LABELS = {"), script.indexOf("};", script.indexOf("MISSING_LABELS")));
        collect(Pattern.compile(": '([^']+)'").matcher(labels), used);
        assertTrue(used.size() > 35, "found the script's messages: " + used);
        for (String language : List.of("nl", "en")) {
            Set<String> keys = new HashSet<>();
            try (InputStream in = getClass().getResourceAsStream("/jcr_root/libs/samenwerking/i18n/" + language + ".json")) {
                json.readTree(in).forEach(entry -> {
                    if (entry.has("sling:key")) {
                        keys.add(entry.path("sling:key").asText());
                    }
                });
            }
            for (String key : used) {
                assertTrue(MapComponent.SCRIPT_MESSAGES.contains(key), "passed to the script: " + key);
                assertTrue(keys.contains(key), language + ".json has " + key);
            }
            MapComponent.PARTY_KIND_KEYS.values().forEach(key -> assertTrue(keys.contains(key), language + ": " + key));
            MapComponent.STATUS_KEYS.values().forEach(key -> assertTrue(keys.contains(key), language + ": " + key));
        }
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null) {
                    into.add(matcher.group(group));
                }
            }
        }
    }

    @Test
    void aNationalMapOffersTheViewPerRegionWithItsRegionPages() throws IOException {
        context.create().resource(CONTAINER + "/overview", "sling:resourceType", MapComponent.RESOURCE_TYPE,
                "regionView", "regions", "regionPage", "/content/publicaties/regios");
        MapComponent map = model(CONTAINER + "/overview");

        assertTrue(map.isRegionOverview());
        assertEquals("regions", map.getRegionView());
        assertEquals("/content/publicaties/regios.html", map.getRegionPage());
        JsonNode config = json.readTree(map.getConfigJson());
        assertEquals("regions", config.path("regionView").asText());
        assertEquals("/content/publicaties/regios.html", config.path("endpoints").path("regionPage").asText());
        assertEquals("zaanstreek-waterland", config.path("vocabularies").path("regionSlugs").path("AM17").asText());
    }

    @Test
    void aMapFixedToARegionOffersNoViewPerRegionAndOddSettingsFallBack() throws IOException {
        context.create().resource(CONTAINER + "/fixed", "sling:resourceType", MapComponent.RESOURCE_TYPE,
                "visibleFilters", new String[] {"level"}, "regionView", "regions",
                "regionPage", "https://example.org/regios");
        context.create().resource(CONTAINER + "/odd-view", "sling:resourceType", MapComponent.RESOURCE_TYPE,
                "regionView", "<b>", "regionPage", "/content/site/regios.html#anchor");

        MapComponent fixed = model(CONTAINER + "/fixed");
        assertFalse(fixed.isRegionOverview());
        assertNull(fixed.getRegionView());
        assertNull(fixed.getRegionPage());
        assertTrue(json.readTree(fixed.getConfigJson()).path("regionView").isMissingNode());

        MapComponent odd = model(CONTAINER + "/odd-view");
        assertEquals("points", odd.getRegionView());
        assertNull(odd.getRegionPage(), "a region page is a page, not an anchor");
    }
}
