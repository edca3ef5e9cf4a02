package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import nl.samenwerkingskaart.it.Researchers.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A researcher's day in the console, in headless Chromium: logs in through Sling CMS's own login form, opens
 * Manage &rarr; Initiatives, creates an initiative (first with mistakes), finds it, publishes, renames, unpublishes and
 * deletes it, and checks each step where it shows: the list, the public map endpoint, the repository. Also: the list
 * and the form work with the keyboard alone and every form control has an accessible name.
 */
@ExtendWith(CmsServer.class)
class ResearcherConsoleBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    /** The Netherlands' bounding box: the clicked location must fall inside it. */
    private static final double MIN_LAT = 50.75, MAX_LAT = 53.56, MIN_LNG = 3.35, MAX_LNG = 7.23;

    private Cms cms;
    private Http admin;
    private Http anonymous;
    private Researchers researchers;
    private final List<String> toDelete = new ArrayList<>();
    private Browser browser;
    private WebDriver driver;
    private WebDriverWait wait;
    private String testName;

    @BeforeEach
    void setUp(Cms cms, TestInfo info) {
        this.cms = cms;
        admin = Http.admin(cms.base());
        anonymous = Http.anonymous(cms.base());
        researchers = new Researchers(admin);
        browser = Browser.start();
        driver = browser.driver();
        wait = browser.waitUpTo(WAIT);
        testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    @AfterEach
    void tearDown() {
        // Always kept: the last state of the page, for a person to look at when the test failed.
        browser.screenshot(getClass().getSimpleName() + "-" + testName);
        browser.close();
        researchers.deleteCreatedUsers();
        // Whatever a failed test left behind (a passing one has deleted it already: then this finds nothing).
        for (String id : toDelete) {
            admin.post(TestPaths.DATA_ROOT + "/" + id, Map.of(":operation", "delete"));
        }
    }

    @Test
    void createsFindsPublishesRenamesUnpublishesAndDeletesAnInitiative() {
        User researcher = researchers.newResearcher();
        String uid = UUID.randomUUID().toString().substring(0, 8);
        String name = "Proefpact " + uid;
        String goal = "Leerlingen van vmbo en mbo leren samen in de praktijk (" + uid + ").";

        logInThrough("/cms/start.html", researcher);
        openInitiativesFromTheNavigation();

        // New initiative, with an empty name and a broken website address.
        click(By.cssSelector(".swk-console a.button.is-primary[href$='/cms/samenwerking/initiative.html']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("name")));
        assertTrue(driver.findElements(By.cssSelector("[data-swk-summary]")).isEmpty(), "no errors before saving");
        type(By.id("goal"), goal);
        type(By.id("website"), "geen adres");
        type(By.name("parties[0].name"), "ROC Proef " + uid);
        new Select(driver.findElement(By.name("parties[0].kind"))).selectByValue("mbo");
        type(By.name("parties[0].town"), "Utrecht");
        type(By.name("locations[0].town"), "Utrecht");
        type(By.name("locations[0].latitude"), "52.09");
        type(By.name("locations[0].longitude"), "5.12");
        checkbox("levels-mbo", true);
        save();

        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-swk-summary]")));
        assertEquals("alert", summary.getAttribute("role"), "the error summary is announced");
        List<String> summaryTargets = summary.findElements(By.cssSelector("a[href^='#']")).stream()
                .map(a -> a.getAttribute("href").replaceAll(".*#", "")).toList();
        assertEquals(List.of("name", "website"), summaryTargets, "the summary links to exactly the two wrong fields");
        // Focus moves to the summary once the page has settled (the CMS's own scripts run on load as well).
        browser.waitUpTo(Duration.ofSeconds(5))
                .withMessage(() -> "the error summary should have the focus, not " + describe(
                        driver.switchTo().activeElement()))
                .until(d -> summary.equals(d.switchTo().activeElement()));
        assertFieldError("name");
        assertFieldError("website");
        assertEquals("geen adres", value(By.id("website")), "the wrong website is kept to correct it");
        assertEquals(goal, value(By.id("goal")), "the goal is kept");
        assertEquals("ROC Proef " + uid, value(By.name("parties[0].name")), "the party's name is kept");
        assertEquals("mbo", value(By.name("parties[0].kind")), "the party's kind is kept");
        assertEquals("Utrecht", value(By.name("parties[0].town")), "the party's town is kept");
        assertEquals("52.09", value(By.name("locations[0].latitude")), "the latitude is kept");
        assertEquals("5.12", value(By.name("locations[0].longitude")), "the longitude is kept");
        assertTrue(driver.findElement(By.id("levels-mbo")).isSelected(), "the level is kept");
        assertFalse(isInvalid(By.id("goal")), "the goal is not marked wrong");
        assertEquals(1, rows("parties").size(), "one party row, as typed");

        // Correct both, add a second party with the add button, set the main location on the small map.
        type(By.id("name"), name);
        type(By.id("website"), "https://www.example.nl/proefpact-" + uid);
        click(By.cssSelector("#parties [data-swk-add]"));
        wait.until(d -> rows("parties").size() == 2);
        assertEquals("parties[1].name", driver.switchTo().activeElement().getAttribute("name"),
                "the new row's first field gets the focus");
        type(By.name("parties[1].name"), "Bouwbedrijf Proef " + uid);
        new Select(driver.findElement(By.name("parties[1].kind"))).selectByValue("company");
        type(By.name("parties[1].town"), "Amersfoort");

        double[] clicked = clickTheMainLocationMap();
        double lat = clicked[0];
        double lng = clicked[1];
        assertTrue(lat > MIN_LAT && lat < MAX_LAT && lng > MIN_LNG && lng < MAX_LNG,
                "the clicked location lies in the Netherlands: " + lat + ", " + lng);
        save();

        wait.until(ExpectedConditions.urlContains("notice=created"));
        assertTrue(successNotice().isDisplayed(), "the list tells that the initiative was created");
        // The list shows 50 per page by name, so a new initiative need not be on the first page: search for it.
        filterList(Map.of("swk-q", uid), Map.of());
        String id = idOfRow(name);
        toDelete.add(id);
        JsonNode stored = admin.getJson(TestPaths.DATA_ROOT + "/" + id + ".infinity.json");
        assertEquals(2, numberedChildren(stored.path("parties")), "both parties are stored: " + stored.path("parties"));
        assertEquals("company", stored.path("parties").path("1").path("kind").asText(), "the added party's kind");
        assertEquals(lat, stored.path("locations").path("0").path("latitude").asDouble(), 1e-5);
        assertEquals(lng, stored.path("locations").path("0").path("longitude").asDouble(), 1e-5);
        assertFalse(stored.path("published").asBoolean(), "saved, not yet published");

        String region = onlyRegionContaining(RegionPolygons.LABOUR_MARKET, lat, lng);
        String province = onlyRegionContaining(RegionPolygons.PROVINCES, lat, lng);
        assertEquals(region, stored.path("regionCode").asText(), "the region follows from the clicked location");

        // Find it: search, then filter by level (and by the derived region).
        filterList(Map.of("swk-q", uid), Map.of("swk-level", "mbo", "swk-region", region));
        assertEquals(List.of(name), listedNames(), "search + level mbo + its region find exactly it");
        filterList(Map.of("swk-q", uid), Map.of("swk-level", "hbo", "swk-region", ""));
        assertEquals(List.of(), listedNames(), "it has no hbo level");
        filterList(Map.of("swk-q", uid), Map.of("swk-level", "", "swk-region", ""));
        assertEquals(List.of(name), listedNames());

        // Publish from the list: it reaches the public map data with the derived region.
        click(rowAction(name, "publish"));
        wait.until(ExpectedConditions.urlContains("notice=published"));
        assertTrue(successNotice().isDisplayed());
        assertEquals(List.of(name), listedNames(), "the list keeps its search after an action");
        JsonNode feature = awaitFeature(id, f -> f != null && name.equals(f.at("/properties/n").asText()),
                "published with its name");
        assertEquals(region, feature.at("/properties/r").asText(), "public region");
        assertEquals(province, feature.at("/properties/p").asText(), "public province");
        assertEquals("m", feature.at("/properties/l").asText(), "public levels");
        assertEquals(lng, feature.at("/geometry/coordinates/0").asDouble(), 1e-5);
        assertEquals(lat, feature.at("/geometry/coordinates/1").asDouble(), 1e-5);

        // Rename through the form: the public data follow.
        String renamed = "Hernoemd proefpact " + uid;
        click(By.xpath(rowXpath(name) + "/th/a"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("name")));
        assertEquals(name, value(By.id("name")));
        assertEquals(2, rows("parties").size(), "both parties are shown for editing");
        type(By.id("name"), renamed);
        save();
        wait.until(ExpectedConditions.urlContains("notice=saved"));
        awaitFeature(id, f -> f != null && renamed.equals(f.at("/properties/n").asText()), "renamed");

        // Unpublish: gone from the public data.
        filterList(Map.of("swk-q", uid), Map.of());
        click(rowAction(renamed, "unpublish"));
        wait.until(ExpectedConditions.urlContains("notice=unpublished"));
        awaitFeature(id, f -> f == null, "gone after unpublishing");

        // Delete, through the confirmation step.
        click(By.xpath(rowXpath(renamed) + "//a[contains(@href,'initiative-delete.html')]"));
        wait.until(ExpectedConditions.urlContains("/cms/samenwerking/initiative-delete.html"));
        assertTrue(driver.findElement(By.cssSelector(".swk-console")).getText().contains(renamed),
                "the confirmation names the initiative");
        assertEquals(200, admin.get(TestPaths.DATA_ROOT + "/" + id + ".json").statusCode(),
                "nothing is deleted before confirming");
        click(By.cssSelector(".swk-console form button[type=submit].is-danger"));
        wait.until(ExpectedConditions.urlContains("notice=deleted"));
        assertTrue(successNotice().isDisplayed());
        assertEquals(List.of(), listedNames(), "no longer listed");
        assertEquals(404, admin.get(TestPaths.DATA_ROOT + "/" + id + ".json").statusCode(), "gone from the repository");

        assertNoConsoleScriptErrors();
    }

    @Test
    void theListAndTheFormWorkWithTheKeyboardAndEveryControlIsLabelled() {
        User researcher = researchers.newResearcher();
        String uid = UUID.randomUUID().toString().substring(0, 8);
        String name = "Toetsenbord " + uid;
        String id = new TestData(admin).create(TestData.uniqueId("toetsenbord"), name, false);
        toDelete.add(id);

        logInThrough(Researchers.LIST_PAGE, researcher);
        // The login form returns to the path only, so the search goes in afterwards.
        driver.get(cms.url(Researchers.LIST_PAGE + "?q=" + URLEncoder.encode(uid, StandardCharsets.UTF_8))
                .toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(rowXpath(name))));

        // The list: search, filters, and the row's actions are all reached with Tab.
        Set<String> missed = tabThrough("form[role=search] input, form[role=search] select, "
                + "form[role=search] button, table.swk-console__table tbody a, table.swk-console__table tbody button");
        assertEquals(Set.of(), missed, "list controls not reached with Tab");

        // Publish with the keyboard alone: Tab to the button, press Enter.
        tabTo(rowAction(name, "publish"));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.urlContains("notice=published"));
        assertTrue(admin.getJson(TestPaths.DATA_ROOT + "/" + id + ".json").path("published").asBoolean(),
                "published by pressing Enter");

        // The form: every control has an accessible label and is reached with Tab.
        driver.get(cms.url(Researchers.FORM_PAGE + TestPaths.DATA_ROOT + "/" + id).toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("name")));
        wait.until(d -> !d.findElements(By.cssSelector("[data-swk-map-ready]")).isEmpty());
        List<String> unlabelled = unlabelledFormControls();
        assertEquals(List.of(), unlabelled, "form controls without a label, aria-label or aria-labelledby");
        String form = "form[action$='/console/initiatives'] ";
        Set<String> missedInForm = tabThrough(form + "input:not([type=hidden]), " + form + "select, " + form
                + "textarea, " + form + "button, " + form + "a[href]");
        assertEquals(Set.of(), missedInForm, "form controls not reached with Tab");

        // Adding a party row with the keyboard: Enter on the add button, then type into the new row.
        tabTo(By.cssSelector("#parties [data-swk-add]"));
        int partiesBefore = rows("parties").size();
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        wait.until(d -> rows("parties").size() == partiesBefore + 1);
        new Actions(driver).sendKeys("Toetsenbordpartij").perform();
        assertEquals("Toetsenbordpartij", value(By.name("parties[" + partiesBefore + "].name")),
                "typing goes into the new row");
        assertEquals(List.of(), unlabelledFormControls(), "the added row's controls are labelled as well");

        assertNoConsoleScriptErrors();
    }

    @Test
    void aResearcherWhoLogsInOnTheLoginPageLandsInTheCms() {
        User researcher = researchers.newResearcher();
        // The colleague's helper opens the bare login page (no resource to return to) and expects to end up in /cms.
        CmsLogin.logIn(browser, cms.base(), researcher.name(), researcher.password());
        assertFalse(driver.getTitle().startsWith("Forbidden"), "landed on " + driver.getCurrentUrl() + ": "
                + driver.getTitle());
        openInitiativesFromTheNavigation();
    }

    // ----------------------------------------------------------------------------------------------------------
    // Steps

    /**
     * Opens a CMS address while signed out, as from a bookmark: the CMS sends the browser to its own login form
     * (Sling's form authentication), where the researcher signs in and is taken back to the address.
     */
    private void logInThrough(String path, User user) {
        driver.get(cms.url(path).toString());
        wait.until(ExpectedConditions.urlContains(CmsLogin.FORM));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("j_username"))).sendKeys(user.name());
        driver.findElement(By.name("j_password")).sendKeys(user.password());
        driver.findElement(By.cssSelector("form[action='/j_security_check'] button[type=submit]")).click();
        String target = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        wait.until(d -> d.manage().getCookieNamed("sling.formauth") != null && d.getCurrentUrl().contains(target));
    }

    private void openInitiativesFromTheNavigation() {
        By link = By.xpath("//a[@href='" + Researchers.LIST_PAGE + "' and normalize-space()='Initiatives']");
        WebElement nav = wait.until(ExpectedConditions.presenceOfElementLocated(link));
        if (!nav.isDisplayed()) {
            // The CMS folds its navigation groups; the group's label unfolds it.
            WebElement menu = nav.findElement(By.xpath("ancestor::nav[1]"));
            menu.findElement(By.cssSelector(".menu-label")).click();
            wait.until(ExpectedConditions.visibilityOf(nav));
        }
        nav.click();
        wait.until(ExpectedConditions.urlContains(Researchers.LIST_PAGE));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".swk-console table, .swk-console__count")));
    }

    /** Clicks the main location's small map away from its centre; returns the coordinates it filled in. */
    private double[] clickTheMainLocationMap() {
        WebElement row = rows("locations").get(0);
        WebElement map = row.findElement(By.cssSelector("[data-swk-map]"));
        browser.js().executeScript("arguments[0].scrollIntoView({block: 'center'});", map);
        wait.until(ExpectedConditions.visibilityOf(map));
        // Wait for the map to show the country's outline before clicking it.
        wait.until(d -> map.getAttribute("class").contains("leaflet-container")
                && !map.findElements(By.cssSelector(".leaflet-overlay-pane path")).isEmpty());
        WebElement latInput = row.findElement(By.cssSelector("[data-swk-lat]"));
        WebElement lngInput = row.findElement(By.cssSelector("[data-swk-lng]"));
        String latBefore = latInput.getAttribute("value");
        String lngBefore = lngInput.getAttribute("value");
        new Actions(driver).moveToElement(map, 40, -25).click().perform();
        wait.until(d -> !latInput.getAttribute("value").equals(latBefore)
                && !lngInput.getAttribute("value").equals(lngBefore));
        assertFalse(map.findElements(By.cssSelector(".leaflet-marker-icon")).isEmpty(), "a marker shows the spot");
        return new double[] {Double.parseDouble(latInput.getAttribute("value")),
                Double.parseDouble(lngInput.getAttribute("value"))};
    }

    private void save() {
        click(By.cssSelector("form[action$='/console/initiatives'] button[type=submit].is-primary"));
    }

    private void filterList(Map<String, String> texts, Map<String, String> selects) {
        texts.forEach((fieldId, text) -> type(By.id(fieldId), text));
        selects.forEach((fieldId, value) -> new Select(driver.findElement(By.id(fieldId))).selectByValue(value));
        WebElement oldCount = driver.findElement(By.cssSelector(".swk-console__count"));
        click(By.cssSelector("form[role=search] button[type=submit]"));
        // While the page is replaced, chromedriver may answer for the old element with a stale-element error or
        // with an "unhandled inspector error": both mean the old page is gone.
        wait.until(d -> {
            try {
                oldCount.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".swk-console__count")));
    }

    private JsonNode awaitFeature(String id, java.util.function.Predicate<JsonNode> condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        JsonNode feature;
        do {
            feature = feature(id);
            if (condition.test(feature)) {
                return feature;
            }
            pause(200);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("The public map data never showed " + id + " " + what + "; last: " + feature);
    }

    private JsonNode feature(String id) {
        JsonNode data = anonymous.getJson(TestPaths.MAP_DATA);
        for (JsonNode f : data.path("features")) {
            if (id.equals(f.path("id").asText())) {
                return f;
            }
        }
        return null;
    }

    private String onlyRegionContaining(String geojson, double lat, double lng) {
        List<String> codes = RegionPolygons.containing(anonymous.getJson(geojson), lat, lng);
        assertEquals(1, codes.size(), "the clicked point " + lat + "," + lng + " lies in exactly one region of "
                + geojson + ": " + codes);
        return codes.get(0);
    }

    // ----------------------------------------------------------------------------------------------------------
    // Keyboard and labels

    /**
     * Loads the page afresh, presses Tab from its top until focus has left the page or come round again, and returns
     * the (visible) controls matching the selector that never had the focus.
     */
    private Set<String> tabThrough(String css) {
        reloadForKeyboard();
        List<WebElement> targets = driver.findElements(By.cssSelector(css)).stream()
                .filter(WebElement::isDisplayed).toList();
        assertFalse(targets.isEmpty(), "there is something to reach: " + css);
        browser.js().executeScript(
                "arguments[0].forEach(function(el, i){ el.setAttribute('data-kb-target', i); });", targets);
        Set<Integer> seen = new LinkedHashSet<>();
        WebElement first = null;
        for (int i = 0; i < 800; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement active = driver.switchTo().activeElement();
            if ("body".equalsIgnoreCase(active.getTagName())) {
                if (first != null) {
                    break;
                }
                continue;
            }
            if (first == null) {
                first = active;
            } else if (first.equals(active)) {
                break;
            }
            String marker = active.getAttribute("data-kb-target");
            if (marker != null) {
                seen.add(Integer.parseInt(marker));
            }
        }
        Set<String> missed = new LinkedHashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            if (!seen.contains(i)) {
                missed.add(describe(targets.get(i)));
            }
        }
        return missed;
    }

    /** Loads the page afresh and tabs from its top until the element has the focus. */
    private void tabTo(By by) {
        reloadForKeyboard();
        WebElement target = driver.findElement(by);
        for (int i = 0; i < 800; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (target.equals(driver.switchTo().activeElement())) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + describe(target));
    }

    private void reloadForKeyboard() {
        driver.navigate().refresh();
        wait.until(d -> "complete".equals(browser.js().executeScript("return document.readyState")));
        if (!driver.findElements(By.cssSelector("[data-swk-map]")).isEmpty()) {
            wait.until(d -> !d.findElements(By.cssSelector("[data-swk-map-ready]")).isEmpty());
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> unlabelledFormControls() {
        return (List<String>) browser.js().executeScript(
                "var out = [];"
                        + "document.querySelectorAll(\"form[action$='/console/initiatives'] input:not([type=hidden]),"
                        + " form[action$='/console/initiatives'] select, form[action$='/console/initiatives'] textarea\")"
                        + ".forEach(function (el) {"
                        + "  var byFor = el.id && document.querySelector('label[for=\"' + CSS.escape(el.id) + '\"]');"
                        + "  var text = byFor ? byFor.textContent.trim() : '';"
                        + "  var aria = (el.getAttribute('aria-label') || '').trim();"
                        + "  var by = (el.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean)"
                        + "     .map(function (i) { var t = document.getElementById(i); return t ? t.textContent.trim() : ''; })"
                        + "     .join(' ').trim();"
                        + "  if (!text && !aria && !by) { out.push(el.outerHTML.substring(0, 160)); }"
                        + "});"
                        + "return out;");
    }

    private String describe(WebElement element) {
        String html = (String) browser.js().executeScript("return arguments[0].outerHTML;", element);
        return html.length() > 160 ? html.substring(0, 160) : html;
    }

    // ----------------------------------------------------------------------------------------------------------
    // Small helpers

    private void assertFieldError(String fieldId) {
        WebElement field = driver.findElement(By.id(fieldId));
        assertEquals("true", field.getAttribute("aria-invalid"), fieldId + " is marked invalid");
        WebElement error = driver.findElement(By.id(fieldId + "-error"));
        browser.js().executeScript("arguments[0].scrollIntoView({block: 'center'});", error);
        assertTrue(error.isDisplayed() && !error.getText().isBlank(), fieldId + " has a visible message: "
                + describe(error) + " displayed=" + error.isDisplayed() + " rect=" + error.getRect());
        assertTrue(Optional.ofNullable(field.getAttribute("aria-describedby")).orElse("").contains(fieldId + "-error"),
                fieldId + " is described by its message");
        WebElement fieldBox = field.findElement(By.xpath("ancestor::div[contains(@class,'field')][1]"));
        assertTrue(fieldBox.findElements(By.id(fieldId + "-error")).size() == 1,
                "the message for " + fieldId + " sits next to the field");
    }

    private boolean isInvalid(By by) {
        return "true".equals(driver.findElement(by).getAttribute("aria-invalid"));
    }

    private List<WebElement> rows(String list) {
        return driver.findElements(By.cssSelector("[data-swk-rows='" + list + "'] > [data-swk-row]"));
    }

    private WebElement successNotice() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".swk-console .notification.is-success[role=status]")));
    }

    private static String rowXpath(String name) {
        return "//table[contains(@class,'swk-console__table')]/tbody/tr[th/a[normalize-space()='" + name + "']]";
    }

    private static By rowAction(String name, String action) {
        return By.xpath(rowXpath(name) + "//form[input[@name=':action' and @value='" + action + "']]"
                + "//button[@type='submit']");
    }

    private String idOfRow(String name) {
        String href = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(rowXpath(name) + "/th/a")))
                .getAttribute("href");
        String prefix = TestPaths.DATA_ROOT + "/";
        assertTrue(href.contains(prefix), "the row links to the initiative: " + href);
        return href.substring(href.indexOf(prefix) + prefix.length());
    }

    private List<String> listedNames() {
        return driver.findElements(By.cssSelector("table.swk-console__table tbody th a")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    private static int numberedChildren(JsonNode node) {
        int count = 0;
        for (var it = node.fieldNames(); it.hasNext(); ) {
            if (it.next().matches("\\d+")) {
                count++;
            }
        }
        return count;
    }

    private void click(By by) {
        WebElement element;
        try {
            element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
            browser.js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            wait.until(ExpectedConditions.elementToBeClickable(element));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Cannot click " + by + " on " + driver.getCurrentUrl() + " ("
                    + driver.getTitle() + "): " + driver.findElements(by).stream()
                            .map(el -> describe(el) + " displayed=" + el.isDisplayed() + " rect=" + el.getRect())
                            .toList(), e);
        }
        element.click();
    }

    private void type(By by, String text) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        browser.js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.visibilityOf(element));
        element.clear();
        element.sendKeys(text);
    }

    private void checkbox(String id, boolean checked) {
        WebElement box = driver.findElement(By.id(id));
        if (box.isSelected() != checked) {
            browser.js().executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
            box.click();
        }
    }

    private String value(By by) {
        return driver.findElement(by).getAttribute("value");
    }

    private void assertNoConsoleScriptErrors() {
        List<String> ours = browser.severeConsoleMessages().stream()
                .filter(m -> m.toLowerCase(Locale.ROOT).contains("/static/samenwerking/")
                        || m.contains("Uncaught"))
                .toList();
        assertEquals(List.of(), ours, "script errors in the console pages");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
