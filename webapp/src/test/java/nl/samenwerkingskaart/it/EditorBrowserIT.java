package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The site editor's story, end to end in a real browser against the real CMS: log in through Sling CMS's login
 * form, add the map component to a fresh page in the page editor, configure a title and the start view "Twente"
 * (AM05) in its dialog, publish the page in the Sites console; then an anonymous visitor sees that map, zoomed to
 * Twente.
 */
@ExtendWith(CmsServer.class)
class EditorBrowserIT {

    private static final String MAP_TYPE = "samenwerking/components/map";
    private static final String MAP_TITLE_IN_PICKER = "Samenwerkingskaart (kaart)";
    private static final String TEMPLATE = "/conf/samenwerkingskaart/site/templates/base-page";

    /** Twente (AM05), roughly: its region polygon spans lon 6.33-7.07, lat 52.12-52.50. */
    private static final double MIN_LON = 6.4;
    private static final double MAX_LON = 7.1;
    private static final double MIN_LAT = 52.1;
    private static final double MAX_LAT = 52.6;

    /**
     * The one script error that comes from the site's page template rather than from our map: Sling CMS's reference
     * page template loads highlight.js from a public CDN and calls it inline. Resources on other origins (that
     * template's CDN scripts and styles, its background image on sling.apache.org) cannot load on a machine without
     * internet; those are ignored too (see {@link #fromThePage}). Anything from the CMS itself still fails the test.
     */
    private static final Pattern TEMPLATE_SCRIPT_ERROR =
            Pattern.compile(".*Uncaught ReferenceError: hljs is not defined.*");
    private static final Pattern FAILED_EXTERNAL_LOAD =
            Pattern.compile("^(https?://[^/\\s]+)/\\S* - Failed to load resource.*");

    /**
     * Installed in the visitor's browser before any page script: when Leaflet sets {@code window.L}, register an
     * init hook (public Leaflet API) that keeps every map created on the page, so the test can read the real
     * centre and zoom. It observes only; map.js keeps its map private.
     */
    private static final String KEEP_LEAFLET_MAPS = """
            (function () {
              var maps = [];
              var leaflet;
              Object.defineProperty(window, '__swkTestMaps', { value: maps });
              Object.defineProperty(window, 'L', {
                configurable: true, enumerable: true,
                get: function () { return leaflet; },
                set: function (value) {
                  leaflet = value;
                  if (value && value.Map && value.Map.addInitHook && !value.__swkTestHooked) {
                    value.__swkTestHooked = true;
                    value.Map.addInitHook(function () { maps.push(this); });
                  }
                }
              });
            })();
            """;

    private Cms cms;
    private Http admin;
    private Http anonymous;
    private String pageName;
    private String pagePath;
    private String containerPath;

    @BeforeEach
    void createPage(Cms cms) throws Exception {
        this.cms = cms;
        admin = Http.admin(cms.base());
        anonymous = Http.anonymous(cms.base());
        pageName = "editor-it-" + UUID.randomUUID().toString().substring(0, 8);
        pagePath = TestPaths.SITE + "/" + pageName;
        containerPath = pagePath + "/jcr:content/container";

        // The page as the CMS's "Add Page" would create it from the site's template, plus the empty container the
        // page template renders; not published.
        String template = admin.getJson(TEMPLATE + ".json").path("template").asText();
        assertFalse(template.isBlank(), "the site's page template " + TEMPLATE + " has a 'template' property");
        String title = "Editor-test " + pageName;
        ObjectNode page = (ObjectNode) Http.JSON.readTree(template.replace("{{title}}", title));
        ObjectNode content = (ObjectNode) page.get("jcr:content");
        content.put("published", false);
        content.putObject("container").put("jcr:primaryType", "nt:unstructured");
        HttpResponse<String> created = admin.post(TestPaths.SITE, Map.of(
                ":operation", "import",
                ":name", pageName,
                ":contentType", "json",
                ":content", Http.JSON.writeValueAsString(page)));
        assertTrue(created.statusCode() == 200 || created.statusCode() == 201,
                "creating " + pagePath + " answered " + created.statusCode() + ": " + created.body());
        JsonNode stored = admin.getJson(pagePath + "/jcr:content.json");
        assertEquals(title, stored.path("jcr:title").asText(), "the test page was created");
        assertFalse(isPublished(stored), "the test page starts unpublished");
    }

    @AfterEach
    void deletePage() {
        if (admin != null && pagePath != null) {
            admin.post(pagePath, Map.of(":operation", "delete"));
        }
    }

    @Test
    void editorAddsTheMapConfiguresTwenteAndPublishes() {
        String mapTitle = "Initiatieven in Twente – één test " + pageName;
        String componentPath;

        try (Browser editor = Browser.start()) {
            try {
                // 1. log in through the CMS's own login form
                CmsLogin.logIn(editor, cms.base(), "admin", "admin");

                // 2. open the page in the page editor and add the map to the page's container through the picker
                PageEditor pageEditor = PageEditor.open(editor, cms.base(), pagePath);
                assertTrue(pageEditor.components(MAP_TYPE).isEmpty(), "the fresh page has no map yet");
                pageEditor.addComponent(containerPath, MAP_TITLE_IN_PICKER);
                componentPath = pageEditor.awaitComponent(containerPath, MAP_TYPE);

                // 3. its edit dialog: a title and the start view Twente
                pageEditor.openEditDialog(componentPath);
                pageEditor.type("title", mapTitle);
                String label = pageEditor.select("startView", "AM05");
                assertEquals("AM05 Twente", label, "the start view option for AM05");
                pageEditor.save("saving the map dialog");

                // the dialog stored what the editor chose
                JsonNode component = awaitStored(componentPath, "startView", "AM05");
                assertEquals(MAP_TYPE, component.path("sling:resourceType").asText(), "the component's type");
                assertEquals(mapTitle, component.path("title").asText(), "the title as typed (UTF-8 intact)");
                assertTrue(admin.getJson(pagePath + ".infinity.json").toString().contains("\"startView\":\"AM05\""),
                        "the page's JSON rendering holds startView=AM05");

                // the editor shows the configured map again on reopening the dialog
                pageEditor.openEditDialog(componentPath);
                assertEquals("AM05", editor.driver().findElement(By.cssSelector("select[name='startView']"))
                        .getAttribute("value"), "the dialog shows the stored start view when reopened");
                assertEquals(mapTitle, editor.driver().findElement(By.name("title")).getAttribute("value"),
                        "the dialog shows the stored title when reopened");

                // 4. publish the page in the Sites console
                assertFalse(isPublished(admin.getJson(pagePath + "/jcr:content.json")),
                        "still unpublished before the editor publishes");
                pageEditor.publishFromSites(TestPaths.SITE);
                awaitPublished();
            } catch (RuntimeException | AssertionError e) {
                editor.screenshot("editor-" + pageName);
                throw e;
            }
        }

        // 5. an anonymous visitor, in a fresh browser, opens the page
        HttpResponse<String> publicPage = anonymous.get(pagePath + ".html");
        assertEquals(200, publicPage.statusCode(), "the published page answers anonymous visitors");

        try (Browser visitor = Browser.start()) {
            try {
                ((ChromeDriver) visitor.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                        Map.of("source", KEEP_LEAFLET_MAPS));
                visitor.driver().get(cms.url(pagePath + ".html").toString());
                assertVisitorSeesTwente(visitor, mapTitle);
            } catch (RuntimeException | AssertionError e) {
                visitor.screenshot("visitor-" + pageName);
                throw e;
            }
        }
    }

    /**
     * Publishing must be what shows a page to the public: before it, an anonymous visitor gets neither the page
     * nor its map. (Sling CMS's CMSSecurityFilter does this in standalone mode, but only when a
     * {@code org.apache.sling.cms.core.internal.filters.CMSSecurityConfigInstance} configuration exists.)
     */
    @Test
    void anonymousVisitorsDoNotSeeThePageBeforeItIsPublished() {
        String draftTitle = "Conceptkaart " + pageName;
        HttpResponse<String> added = admin.post(containerPath + "/map", Map.of(
                "jcr:primaryType", "nt:unstructured",
                "sling:resourceType", MAP_TYPE,
                "title", draftTitle,
                "startView", "AM05"));
        assertTrue(added.statusCode() < 300, "adding a map to the draft answered " + added.statusCode());
        assertFalse(isPublished(admin.getJson(pagePath + "/jcr:content.json")), "the page is a draft");

        for (String path : List.of(pagePath + ".html", pagePath + ".json", pagePath + "/jcr:content.infinity.json",
                containerPath + "/map.html")) {
            HttpResponse<String> response = anonymous.get(path);
            assertFalse(response.statusCode() >= 200 && response.statusCode() < 300,
                    "anonymous GET " + path + " of an unpublished page must fail, got " + response.statusCode());
            assertFalse(response.body().contains(draftTitle), "anonymous GET " + path + " leaked the draft");
        }
    }

    private void assertVisitorSeesTwente(Browser visitor, String mapTitle) {
        var wait = visitor.waitUpTo(Duration.ofSeconds(60));
        WebElement root = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-swk-map]")));
        assertEquals(1, visitor.driver().findElements(By.cssSelector("[data-swk-map]")).size(),
                "one map on the page");
        assertFalse(visitor.driver().getCurrentUrl().contains("/system/sling/form/login"),
                "the visitor is not sent to the login form");
        assertEquals(mapTitle, root.findElement(By.cssSelector(".swk-map__title")).getText().trim(),
                "the map's heading is the title the editor typed");

        String ready;
        try {
            ready = wait.until(d -> root.getAttribute("data-swk-ready"));
        } catch (TimeoutException e) {
            throw new AssertionError("the map never reported ready; count says: "
                    + root.findElement(By.cssSelector("[data-swk-count]")).getText(), e);
        }
        assertEquals("true", ready, "the map loaded its data (data-swk-ready)");
        assertEquals(1, visitor.driver().findElements(By.cssSelector("[data-swk-map][data-swk-ready='true']")).size());

        Object startView = visitor.js().executeScript(
                "return JSON.parse(arguments[0].getAttribute('data-swk-config')).startView;", root);
        assertEquals("AM05", startView, "the map's client configuration has startView AM05");

        Object mapCount = visitor.js().executeScript("return window.__swkTestMaps.length;");
        assertEquals(1L, mapCount, "Leaflet created one map on the page");
        // fitting the region may animate: wait until the view has settled inside Twente
        Map<String, Object> view;
        try {
            view = wait.until(d -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> v = (Map<String, Object>) visitor.js().executeScript(
                        "var m = window.__swkTestMaps[0]; var c = m.getCenter();"
                                + " return {lat: c.lat, lng: c.lng, zoom: m.getZoom(),"
                                + " container: m.getContainer() === arguments[0]};",
                        root.findElement(By.cssSelector("[data-swk-canvas]")));
                return inTwente(v) ? v : null;
            });
        } catch (TimeoutException e) {
            Object now = visitor.js().executeScript(
                    "var m = window.__swkTestMaps[0]; var c = m.getCenter(); return [c.lat, c.lng, m.getZoom()];");
            throw new AssertionError("the map's centre did not settle inside Twente (lat " + MIN_LAT + "-" + MAX_LAT
                    + ", lon " + MIN_LON + "-" + MAX_LON + "); [lat, lon, zoom] = " + now, e);
        }
        assertEquals(Boolean.TRUE, view.get("container"), "the observed Leaflet map is the component's canvas");
        double zoom = ((Number) view.get("zoom")).doubleValue();
        assertTrue(zoom >= 8.5, "zoomed in to a region, not the whole country (zoom " + zoom + ")");

        // the URL hash, when map.js has written one for this map, agrees
        String hash = (String) visitor.js().executeScript("return location.hash;");
        var centre = Pattern.compile("\\.c=(-?[0-9.]+),(-?[0-9.]+)").matcher(hash == null ? "" : hash);
        if (centre.find()) {
            double lat = Double.parseDouble(centre.group(1));
            double lon = Double.parseDouble(centre.group(2));
            assertTrue(lat >= MIN_LAT && lat <= MAX_LAT && lon >= MIN_LON && lon <= MAX_LON,
                    "the centre in the URL hash is in Twente: " + hash);
        }

        List<String> errors = visitor.severeConsoleMessages().stream().filter(this::fromThePage).toList();
        assertTrue(errors.isEmpty(), "no script errors on the published page: " + errors);
    }

    /** False for the console errors that come from outside our product (see {@link #TEMPLATE_SCRIPT_ERROR}). */
    private boolean fromThePage(String message) {
        if (TEMPLATE_SCRIPT_ERROR.matcher(message).matches()) {
            return false;
        }
        var external = FAILED_EXTERNAL_LOAD.matcher(message);
        if (external.matches()) {
            URI origin = URI.create(external.group(1));
            return origin.getHost().equals(cms.base().getHost()) && origin.getPort() == cms.base().getPort();
        }
        return true;
    }

    private static boolean inTwente(Map<String, Object> view) {
        double lat = ((Number) view.get("lat")).doubleValue();
        double lon = ((Number) view.get("lng")).doubleValue();
        return lat >= MIN_LAT && lat <= MAX_LAT && lon >= MIN_LON && lon <= MAX_LON;
    }

    /** The component's stored properties, once {@code property} has {@code value} (the save is asynchronous). */
    private JsonNode awaitStored(String componentPath, String property, String value) {
        JsonNode node = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            node = admin.getJson(componentPath + ".json");
            if (value.equals(node.path(property).asText())) {
                return node;
            }
            pause();
        }
        throw new AssertionError("the dialog did not store " + property + "=" + value + " on " + componentPath
                + "; stored: " + node);
    }

    private void awaitPublished() {
        JsonNode content = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            content = admin.getJson(pagePath + "/jcr:content.json");
            if (isPublished(content)) {
                return;
            }
            pause();
        }
        throw new AssertionError("publishing in the Sites console did not mark " + pagePath + " published: "
                + content);
    }

    /**
     * Sling CMS 1.1.8 records publication in {@code sling:published} on jcr:content and falls back to the legacy
     * {@code published} (which the site's page template and the demo content still use) when that is absent.
     */
    private static boolean isPublished(JsonNode content) {
        JsonNode current = content.get("sling:published");
        return current != null ? current.asBoolean(false) : content.path("published").asBoolean(false);
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
