package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A visitor in headless Chromium goes from the national map per region to a region page, opens an initiative there
 * and reads the region's portrait; with the keyboard alone and with the mouse.
 */
@ExtendWith(CmsServer.class)
class RegionVisitorBrowserIT {

    /** ColourClasses.COLOURS: the choropleth in the browser must colour as the server counts. */
    private static final List<String> COLOURS = List.of("#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494");

    private Cms cms;
    private Http anonymous;
    private Browser browser;
    private String testName;

    @BeforeEach
    void setUp(Cms cms, TestInfo info) {
        this.cms = cms;
        this.anonymous = Http.anonymous(cms.base());
        this.browser = Browser.start();
        this.testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    @AfterEach
    void tearDown() {
        browser.screenshot(getClass().getSimpleName() + "-" + testName);
        browser.close();
    }

    @Test
    void withTheKeyboardFromTheViewPerRegionToARegionPageAnInitiativeAndThePortrait() {
        MapPage map = new MapPage(browser).open(cms.url(TestPaths.MAP_PAGE));
        Keyboard keys = new Keyboard(browser);
        switchToRegions(map);
        assertColoursAsTheServerCounts();

        WebElement region = keys.tabUntil(e -> e.getAttribute("data-swk-region") != null, 150, "a region on the map");
        assertTrue(region.getAttribute("aria-label").contains("initiatie"), region.getAttribute("aria-label"));
        keys.press(Keys.HOME);
        String first = keys.focused().getAttribute("data-swk-region");
        WebElement next = keys.press(Keys.ARROW_RIGHT);
        assertTrue(!first.equals(next.getAttribute("data-swk-region")), "the arrow keys move to the next region");
        for (int i = 0; i < 35 && !"AM05".equals(keys.focused().getAttribute("data-swk-region")); i++) {
            keys.press(Keys.ARROW_RIGHT);
        }
        assertEquals("AM05", keys.focused().getAttribute("data-swk-region"), "the arrow keys reach Twente");
        map.waiting().until(d -> browser.driver().findElements(By.cssSelector(".leaflet-tooltip")).stream()
                .anyMatch(tip -> String.valueOf(tip.getAttribute("textContent")).contains("in Twente")));
        keys.press(Keys.ENTER);
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/regios/index.html/twente"));

        MapPage regionMap = new MapPage(browser).awaitReady();
        assertEquals("AM05", regionMap.config().path("presets").path("region").asText());
        assertEquals("Twente", browser.driver().findElement(By.id("swk-region-title")).getText());
        WebElement initiative = keys.tabUntil(e -> "a".equals(e.getTagName())
                && hasClass(e, "swk-region-page__initiative-link"), 200, "an initiative of the region");
        String id = initiative.findElement(By.xpath("..")).getAttribute("data-swk-initiative");
        keys.press(Keys.ENTER);
        regionMap.awaitDetail(id);

        browser.click(By.cssSelector("[data-swk-region-portrait-link]"));
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/regioportretten/twente.html"));
        assertEquals(List.of(), browser.severeConsoleMessages());
    }

    @Test
    void withTheMouseFromARegionToItsPageAndBackToThePoints() {
        MapPage map = new MapPage(browser).open(cms.url(TestPaths.MAP_PAGE));
        switchToRegions(map);
        assertTrue(browser.driver().findElement(By.cssSelector(".swk-map__canvas--regions .leaflet-marker-pane"))
                .getCssValue("display").equals("none"), "the markers make way for the regions");

        browser.click(By.cssSelector("input[value=points].swk-map__view-radio"));
        assertEquals("points", map.root().getAttribute("data-swk-view"));
        Object legends = browser.js().executeScript("return Array.from(document.querySelectorAll('[data-swk-map-legend]'))"
                + ".map(e => e.hidden + '/' + getComputedStyle(e).display).join(',');");
        assertTrue(String.valueOf(legends).matches("(true/none,?)*"), "no legend in the points view: " + legends);
        assertTrue(!browser.driver().findElement(By.cssSelector(".leaflet-marker-pane")).getCssValue("display")
                .equals("none"), "the markers are back");
        switchToRegions(map);

        // Leaflet takes clicks on its SVG paths; a synthetic click hits the region itself, not its bounding box
        WebElement zeeland = browser.driver().findElement(By.cssSelector("path[data-swk-region=AM24]"));
        browser.js().executeScript(
                "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}));",
                zeeland);
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/regios/index.html/zeeland"));
        new MapPage(browser).awaitReady();
        assertEquals("Zeeland", browser.driver().findElement(By.id("swk-region-title")).getText());
        WebElement portrait = browser.driver().findElement(By.cssSelector("[data-swk-region-portrait-link]"));
        assertEquals("Regioportret Zeeland (demo)", portrait.getText());
        assertEquals(List.of(), browser.severeConsoleMessages());
    }

    @Test
    void theTableUnderTheMapLinksEachRegionToItsPage() {
        new MapPage(browser).open(cms.url(TestPaths.MAP_PAGE));
        browser.click(By.cssSelector("[data-swk-region-table] summary"));
        WebElement link = browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-swk-region-table] tr[data-swk-region=AM30] a")));
        assertEquals("Zuid-Limburg", link.getText());
        link.click();
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/regios/index.html/zuid-limburg"));
        assertEquals("Zuid-Limburg", browser.driver().findElement(By.id("swk-region-title")).getText());
        assertEquals("AM30", new MapPage(browser).awaitReady().config().path("presets").path("region").asText());
    }

    private void switchToRegions(MapPage map) {
        browser.click(By.cssSelector("input[value=regions].swk-map__view-radio"));
        map.waiting().until(d -> "regions".equals(map.root().getAttribute("data-swk-view")));
        map.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-swk-map-legend]")));
    }

    /** Every region's class and fill as region-counts.json gives them (no filter set: the same counts). */
    private void assertColoursAsTheServerCounts() {
        Map<String, Integer> classes = new HashMap<>();
        for (JsonNode region : anonymous.getJson(RegionPagesIT.COUNTS_JSON).get("regions")) {
            classes.put(region.get("code").asText(), region.get("class").asInt());
        }
        List<WebElement> paths = browser.driver().findElements(By.cssSelector("path[data-swk-region]"));
        assertEquals(35, paths.size());
        for (WebElement path : paths) {
            String code = path.getAttribute("data-swk-region");
            int expected = classes.get(code);
            assertEquals(String.valueOf(expected), path.getAttribute("data-swk-class"), code);
            if (expected >= 0) {
                assertEquals(COLOURS.get(expected), path.getAttribute("fill"), code);
            }
        }
        assertTrue(classes.values().stream().anyMatch(c -> c >= 0), "some region has initiatives");
    }

    private static boolean hasClass(WebElement element, String name) {
        String classes = element.getAttribute("class");
        return classes != null && List.of(classes.split("\\s+")).contains(name);
    }
}
