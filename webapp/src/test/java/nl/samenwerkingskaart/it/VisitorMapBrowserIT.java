package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/** What a visitor does on the demo site's map page, in headless Chromium. */
@ExtendWith(CmsServer.class)
class VisitorMapBrowserIT {

    private Cms cms;
    private Http anonymous;
    private Browser browser;
    private MapPage map;
    private String testName;

    @BeforeEach
    void setUp(Cms cms, TestInfo info) {
        this.cms = cms;
        this.anonymous = Http.anonymous(cms.base());
        this.browser = Browser.start();
        this.map = new MapPage(browser);
        this.testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    @AfterEach
    void tearDown() {
        browser.screenshot(getClass().getSimpleName() + "-" + testName);
        browser.close();
    }

    @Test
    void filtersByLevelAndRegionAndSearchesLikeTheDataSays() {
        map.open(cms.url(TestPaths.MAP_PAGE));
        List<JsonNode> features = features();
        assertEquals(features.size(), map.count(), "all published initiatives at first");

        map.checkLevel("vmbo");
        Predicate<JsonNode> vmbo = f -> f.at("/properties/l").asText().contains("v");
        int vmboCount = map.awaitCount(count(features, vmbo));
        assertTrue(vmboCount > 0 && vmboCount < features.size(), "the demo data has vmbo and other initiatives");
        for (WebElement button : map.listButtons()) {
            assertTrue(button.getText().contains("vmbo"), "every listed initiative has vmbo: " + button.getText());
        }

        String region = mostCommonRegion(features, vmbo);
        map.selectRegion(region);
        map.awaitCount(count(features, vmbo.and(f -> f.at("/properties/r").asText().equals(region))));

        map.checkLevel("vmbo");
        map.selectRegion("");
        map.search("zorg");
        Predicate<JsonNode> zorg = f -> MapPage.fold(f.at("/properties/n").asText() + " "
                + f.at("/properties/q").asText()).contains("zorg");
        int found = map.awaitCount(count(features, zorg));
        assertTrue(found > 0, "the demo data has initiatives about zorg");
        assertEquals(List.of(), browser.severeConsoleMessages(), "no script errors");
    }

    @Test
    void opensADetailWithPartiesAndGoal() {
        map.open(cms.url(TestPaths.MAP_PAGE));
        WebElement first = map.listButtons().get(0);
        String id = first.getAttribute("data-swk-id");
        first.click();
        map.awaitDetail(id);
        JsonNode detail = anonymous.getJson(TestPaths.DETAIL + id);
        assertEquals(detail.get("name").asText(), map.detailTitle());
        String text = map.detail().getText();
        assertTrue(text.contains(detail.at("/parties/0/name").asText()), "shows the parties");
        assertTrue(text.contains(detail.at("/region/name").asText()), "shows the region");
        assertTrue(text.contains(detail.get("goal").asText().substring(0, 20)), "shows the goal");
    }

    @Test
    void aSharedUrlRestoresTheView() {
        map.open(cms.url(TestPaths.MAP_PAGE));
        List<JsonNode> features = features();
        map.checkLevel("mbo");
        map.search("college");
        int expected = map.awaitCount(count(features, f -> f.at("/properties/l").asText().contains("m")
                && MapPage.fold(f.at("/properties/n").asText() + " " + f.at("/properties/q").asText())
                        .contains("college")));
        WebElement first = map.listButtons().get(0);
        String id = first.getAttribute("data-swk-id");
        first.click();
        map.awaitDetail(id);
        map.waiting().until(d -> d.getCurrentUrl().contains(".id=" + id));
        String shared = browser.driver().getCurrentUrl();

        try (Browser other = Browser.start()) {
            MapPage again = new MapPage(other);
            other.driver().get(shared);
            again.awaitReady();
            assertEquals(expected, again.awaitCount(expected));
            assertTrue(again.levelChecked("mbo"));
            assertFalse(again.levelChecked("vmbo"));
            assertEquals("college", again.searchInput().getAttribute("value"));
            again.awaitDetail(id);
        }
    }

    @Test
    void theListWorksWithTheKeyboardAlone() {
        map.open(cms.url(TestPaths.MAP_PAGE));
        List<WebElement> buttons = map.listButtons();
        assertTrue(buttons.size() >= 3);
        map.script("arguments[0].focus()", buttons.get(0));
        map.activeElement().sendKeys(Keys.ARROW_DOWN);
        assertEquals(buttons.get(1).getAttribute("data-swk-id"), map.activeElement().getAttribute("data-swk-id"),
                "arrow down moves to the next result");
        map.activeElement().sendKeys(Keys.ARROW_UP);
        assertEquals(buttons.get(0).getAttribute("data-swk-id"), map.activeElement().getAttribute("data-swk-id"));
        map.activeElement().sendKeys(Keys.ARROW_DOWN);
        String id = buttons.get(1).getAttribute("data-swk-id");
        map.activeElement().sendKeys(Keys.ENTER);
        map.awaitDetail(id);
        map.waiting().until(d -> map.detail().findElements(By.cssSelector(":focus")).size() > 0
                || map.detail().equals(map.activeElement()));
        map.activeElement().sendKeys(Keys.ESCAPE);
        map.waiting().until(d -> !map.detail().isDisplayed());
        assertEquals(id, map.activeElement().getAttribute("data-swk-id"), "focus returns to the result");

        WebElement search = map.searchInput();
        map.script("arguments[0].focus()", search);
        List<String> tabbed = new ArrayList<>();
        for (int i = 0; i < 40 && tabbed.stream().noneMatch(s -> s.contains("swk-map__item-button")); i++) {
            map.activeElement().sendKeys(Keys.TAB);
            tabbed.add(String.valueOf(map.activeElement().getAttribute("class")));
        }
        assertTrue(tabbed.stream().anyMatch(s -> s.contains("swk-map__item-button")),
                "the results are reachable with Tab from the search box: " + tabbed);
    }

    @Test
    void markupInANameIsShownAsTextAndRunsNoScript() {
        String id = TestData.uniqueId("xss");
        String word = "kwaadaardig" + id.substring(id.length() - 8);
        String name = "<img src=x onerror=\"window.__swkXss=1\">" + word + " <script>window.__swkXss=2</script>";
        new TestData(Http.admin(cms.base())).create(id, name, true);
        map.open(cms.url(TestPaths.MAP_PAGE));
        map.search(word);
        map.awaitCount(1);
        WebElement button = map.listButtons().get(0);
        assertTrue(button.getText().contains("<img src=x"), "the markup shows as text: " + button.getText());
        button.click();
        map.awaitDetail(id);
        assertEquals(name, map.detailTitle());
        map.script("window.location.hash = window.location.hash");

        assertNull(map.script("return window.__swkXss === undefined ? null : window.__swkXss"), "no script ran");
        assertTrue(map.root().findElements(By.cssSelector("img[src='x'], script:not([src])")).isEmpty(),
                "no element was made from the name");
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("an alert opened");
        } catch (NoAlertPresentException expected) {
            // Nothing ran.
        }
    }

    @Test
    void twoMapsOnOnePageWorkIndependently() throws Exception {
        String page = TestPaths.SITE + "/" + TestData.uniqueId("twee-kaarten");
        String content = """
                {"jcr:primaryType":"sling:Page","jcr:content":{"jcr:primaryType":"nt:unstructured",
                 "jcr:title":"Twee kaarten","sling:published":true,
                 "sling:resourceType":"samenwerkingskaart-demo/components/pages/base",
                 "container":{"jcr:primaryType":"nt:unstructured",
                  "sling:resourceType":"sling-cms/components/general/container",
                  "eerste":{"jcr:primaryType":"nt:unstructured","sling:resourceType":"samenwerking/components/map",
                            "title":"Eerste kaart"},
                  "tweede":{"jcr:primaryType":"nt:unstructured","sling:resourceType":"samenwerking/components/map",
                            "title":"Tweede kaart","startView":"AM05","visibleFilters":["search","level"]}}}}""";
        var response = Http.admin(cms.base()).post(TestPaths.SITE, java.util.List.of(
                java.util.Map.entry(":operation", "import"), java.util.Map.entry(":contentType", "json"),
                java.util.Map.entry(":name", page.substring(page.lastIndexOf('/') + 1)),
                java.util.Map.entry(":content", content)));
        assertTrue(response.statusCode() < 300, "import answered " + response.statusCode());

        browser.driver().get(cms.url(page + ".html").toString());
        map.waiting().until(d -> d.findElements(By.cssSelector("[data-swk-map][data-swk-ready='true']")).size() == 2);
        List<WebElement> roots = browser.driver().findElements(By.cssSelector("[data-swk-map]"));
        WebElement first = roots.get(0);
        WebElement second = roots.get(1);
        assertFalse(first.getAttribute("id").equals(second.getAttribute("id")), "each map has its own id");
        assertTrue(second.findElements(By.cssSelector("select.swk-map__select")).isEmpty(),
                "the second map shows only the filters its editor chose");
        String secondCount = second.findElement(By.cssSelector("[data-swk-count]")).getText();

        first.findElement(By.cssSelector(".swk-map__group--level input[value='hbo']")).click();
        map.waiting().until(d -> !first.findElement(By.cssSelector("[data-swk-count]")).getText().equals(secondCount));
        assertEquals(secondCount, second.findElement(By.cssSelector("[data-swk-count]")).getText(),
                "filtering the first map leaves the second alone");
        assertFalse(second.findElement(By.cssSelector(".swk-map__group--level input[value='hbo']")).isSelected());
        String prefix = Http.JSON.readTree(first.getAttribute("data-swk-config")).get("hashPrefix").asText();
        String otherPrefix = Http.JSON.readTree(second.getAttribute("data-swk-config")).get("hashPrefix").asText();
        map.waiting().until(d -> d.getCurrentUrl().contains(prefix + ".level=hbo"));
        assertFalse(browser.driver().getCurrentUrl().contains(otherPrefix + ".level"), "the URL keeps them apart");
        assertEquals(List.of(), browser.severeConsoleMessages());
        Http.admin(cms.base()).post(page, java.util.Map.of(":operation", "delete"));
    }

    private List<JsonNode> features() {
        List<JsonNode> features = new ArrayList<>();
        anonymous.getJson(TestPaths.MAP_DATA).get("features").forEach(features::add);
        return features;
    }

    private static int count(List<JsonNode> features, Predicate<JsonNode> filter) {
        return (int) features.stream().filter(filter).count();
    }

    private static String mostCommonRegion(List<JsonNode> features, Predicate<JsonNode> filter) {
        return features.stream().filter(filter)
                .map(f -> f.at("/properties/r").asText())
                .collect(java.util.stream.Collectors.groupingBy(r -> r, java.util.stream.Collectors.counting()))
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
