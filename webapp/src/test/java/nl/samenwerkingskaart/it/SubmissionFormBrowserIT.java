package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The submission form on the demo map page, as visitors use it: without JavaScript (the endpoint redirects back or
 * renders the page again with the messages), and with it, starting from "Suggest a correction" on the map.
 */
@ExtendWith(CmsServer.class)
class SubmissionFormBrowserIT {

    static final String FORM_ID = "melden";
    static final String ENDPOINT = "/bin/samenwerkingskaart/public/submissions";
    static final String SUBMISSIONS = "/var/samenwerkingskaart/submissions";
    private static final Pattern REFERENCE = Pattern.compile("swk-ref=(SW-\\d{4}-[0-9A-Z]{6})");

    private Cms cms;
    private Http anonymous;
    private Http admin;
    private final List<Browser> browsers = new ArrayList<>();
    private String testName;

    @BeforeEach
    void setUp(Cms cms, TestInfo info) {
        this.cms = cms;
        this.anonymous = Http.anonymous(cms.base());
        this.admin = Http.admin(cms.base());
        this.testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    @AfterEach
    void tearDown() {
        for (Browser browser : browsers) {
            browser.screenshot(getClass().getSimpleName() + "-" + testName);
            browser.close();
        }
    }

    @Test
    void withoutJavaScriptAVisitorCorrectsTheMessagesAndGetsAReference() throws Exception {
        Browser browser = track(Browser.startWithoutJavaScript());
        WebDriver driver = browser.driver();
        driver.get(cms.url(TestPaths.MAP_PAGE).toString());
        WebElement form = form(driver);
        assertNull(form.getAttribute("data-swk-initialised"), "the script must not have run");
        String key = hidden(driver, ":submission-key");
        assertTrue(key.length() >= 16, "the key is rendered by the server");

        String name = "Zorgpact <b>Noord</b> " + UUID.randomUUID().toString().substring(0, 8);
        type(driver, "name", name);
        type(driver, "parties[0].name", "Noorderpoort");
        new Select(input(driver, "parties[0].kind")).selectByValue("mbo");
        type(driver, "parties[0].town", "Groningen");
        type(driver, "locations[0].town", "Groningen");
        type(driver, "locations[0].latitude", "53,2");
        type(driver, "locations[0].longitude", "6.56");
        type(driver, "submitterName", "Anja de Boer");
        type(driver, "submitterEmail", "geen-adres");
        submit(driver);

        // The endpoint rendered the page again: messages in Dutch, everything typed still there.
        WebElement summary = waiting(browser).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#" + FORM_ID + " [data-swk-summary]"));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
        assertEquals("alert", summary.getAttribute("role"));
        assertTrue(driver.getCurrentUrl().contains(ENDPOINT), driver.getCurrentUrl());
        String summaryText = summary.getText();
        assertTrue(summaryText.contains("Uw melding is niet verstuurd"), summaryText);
        assertTrue(summaryText.contains("Doel"), summaryText);
        assertTrue(summaryText.contains("geldig e-mailadres"), summaryText);
        assertTrue(summaryText.contains("Toestemming"), summaryText);
        List<String> links = summary.findElements(By.tagName("a")).stream().map(a -> a.getAttribute("href")).toList();
        assertTrue(links.stream().anyMatch(href -> href.endsWith("#" + FORM_ID + "-submitterEmail")), links.toString());
        assertEquals(summary, driver.switchTo().activeElement(), "the summary has the focus (autofocus)");

        WebElement email = input(driver, "submitterEmail");
        assertEquals("geen-adres", email.getAttribute("value"));
        assertEquals("true", email.getAttribute("aria-invalid"));
        String describedBy = email.getAttribute("aria-describedby");
        WebElement emailError = driver.findElement(By.id(describedBy.trim().split("\\s+")[0]));
        assertTrue(emailError.getText().contains("geldig e-mailadres"), emailError.getText());
        assertEquals(name, input(driver, "name").getAttribute("value"));
        assertEquals("Noorderpoort", input(driver, "parties[0].name").getAttribute("value"));
        assertEquals("mbo", new Select(input(driver, "parties[0].kind")).getFirstSelectedOption().getAttribute("value"));
        assertEquals("53,2", input(driver, "locations[0].latitude").getAttribute("value"));
        assertEquals("Anja de Boer", input(driver, "submitterName").getAttribute("value"));
        assertEquals(key, hidden(driver, ":submission-key"), "the same key: a corrected post is one submission");

        type(driver, "goal", "Meer stageplaatsen in de zorg.");
        type(driver, "submitterEmail", "anja@example.nl");
        input(driver, "consent").click();
        String token = hidden(driver, ":swk-csrf");
        submit(driver);

        waiting(browser).until(d -> REFERENCE.matcher(d.getCurrentUrl()).find());
        Matcher matcher = REFERENCE.matcher(driver.getCurrentUrl());
        assertTrue(matcher.find());
        String reference = matcher.group(1);
        assertTrue(driver.getCurrentUrl().contains(TestPaths.MAP_PAGE + "?") && driver.getCurrentUrl().endsWith("#melden"),
                driver.getCurrentUrl());
        WebElement confirmation = driver.findElement(By.cssSelector("#" + FORM_ID + " [data-swk-confirmation]"));
        assertTrue(confirmation.getText().contains(reference), confirmation.getText());
        assertNotEquals(key, hidden(driver, ":submission-key"), "the next form is a new one");

        // The JSON endpoint knows the key: the same form once more is the same submission.
        HttpResponse<String> again = anonymous.post(ENDPOINT, List.of(
                Map.entry("kind", "newInitiative"), Map.entry("name", name), Map.entry("goal", "Iets anders."),
                Map.entry("parties[0].name", "Noorderpoort"), Map.entry("parties[0].kind", "mbo"),
                Map.entry("locations[0].latitude", "53.2"), Map.entry("locations[0].longitude", "6.56"),
                Map.entry("submitterName", "Anja de Boer"), Map.entry("submitterEmail", "anja@example.nl"),
                Map.entry("consent", "on"), Map.entry(":submission-key", key), Map.entry(":swk-csrf", token)));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(reference, Http.JSON.readTree(again.body()).path("reference").asText());

        JsonNode stored = admin.getJson(SUBMISSIONS + "/" + reference + ".infinity.json");
        assertEquals(name, stored.at("/proposed/name").asText(), "stored as typed, markup and all");
        assertEquals("Meer stageplaatsen in de zorg.", stored.at("/proposed/goal").asText());
        assertEquals("anja@example.nl", stored.path("submitterEmail").asText());
        assertEquals("newInitiative", stored.path("kind").asText());
        assertPrivate(reference, "anja@example.nl");
    }

    @Test
    void withJavaScriptAVisitorSuggestsACorrectionFromTheMap() throws Exception {
        Browser browser = track(Browser.start());
        WebDriver driver = browser.driver();
        MapPage map = new MapPage(browser).open(cms.url(TestPaths.MAP_PAGE));
        WebElement first = map.listButtons().get(0);
        String id = first.getAttribute("data-swk-id");
        first.click();
        map.awaitDetail(id);
        JsonNode detail = anonymous.getJson(TestPaths.DETAIL + id);
        WebElement link = map.detail().findElement(By.cssSelector("[data-swk-correction]"));
        assertEquals("Correctie voorstellen", link.getText());
        link.click();

        waiting(browser).until(d -> d.getCurrentUrl().contains("target=" + id));
        WebElement form = waiting(browser).until(d -> {
            WebElement f = form(d);
            return "true".equals(f.getAttribute("data-swk-initialised")) ? f : null;
        });
        assertTrue(driver.findElement(By.id(FORM_ID + "-kind-correction")).isSelected());
        assertEquals(id, hidden(driver, "target"));
        assertEquals(detail.path("name").asText(), input(driver, "name").getAttribute("value"));
        assertEquals(detail.path("goal").asText(), input(driver, "goal").getAttribute("value"));
        assertEquals(detail.at("/parties/0/name").asText(), input(driver, "parties[0].name").getAttribute("value"));
        assertTrue(form.findElements(By.cssSelector("[data-swk-picker-ready]")).size() >= 1, "the location picker");
        assertEquals(List.of(), unlabelledControlsAndDuplicateIds(browser), "every control labelled, ids unique");

        // The script checks before sending, with the server's messages, and nothing is posted.
        String before = driver.getCurrentUrl();
        submit(driver);
        WebElement summary = driver.findElement(By.cssSelector("#" + FORM_ID + " [data-swk-summary]"));
        waiting(browser).until(d -> summary.isDisplayed());
        assertTrue(summary.getText().contains("Uw naam"), summary.getText());
        assertTrue(summary.getText().contains("Toestemming"), summary.getText());
        assertEquals(before, driver.getCurrentUrl());
        assertEquals("true", input(driver, "submitterEmail").getAttribute("aria-invalid"));

        String goal = "Nieuw doel " + UUID.randomUUID().toString().substring(0, 8);
        type(driver, "goal", goal);
        type(driver, "submitterName", "Bas Jansen");
        type(driver, "submitterEmail", "bas@example.nl");
        input(driver, "consent").click();
        // A page left open for most of a day: the script fetches a fresh key and token before sending. Without
        // that, this (spoilt) token would be refused with 403.
        browser.js().executeScript("arguments[0].setAttribute('data-swk-token-issued', String(Date.now() - 12 * 3600"
                + " * 1000)); arguments[0].querySelector('[data-swk-token]').value = '1.spoilt';", form);
        submit(driver);

        waiting(browser).until(d -> REFERENCE.matcher(d.getCurrentUrl()).find());
        Matcher matcher = REFERENCE.matcher(driver.getCurrentUrl());
        assertTrue(matcher.find());
        String reference = matcher.group(1);
        assertTrue(driver.findElement(By.cssSelector("#" + FORM_ID + " [data-swk-confirmation]")).getText()
                .contains(reference));
        JsonNode stored = admin.getJson(SUBMISSIONS + "/" + reference + ".infinity.json");
        assertEquals("correction", stored.path("kind").asText());
        assertEquals(id, stored.path("target").asText());
        assertEquals(goal, stored.at("/proposed/goal").asText());
        assertPrivate(reference, "bas@example.nl");
        assertEquals(List.of(), browser.severeConsoleMessages(), "no script errors");
    }

    @Test
    void anUnknownInitiativeGivesAMessageAndABlankNewForm() {
        HttpResponse<String> page = anonymous.get(TestPaths.MAP_PAGE + "?kind=correction&target=bestaat-niet-x1y2z");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("data-swk-unknown-target"), "says the initiative is unknown");
        assertTrue(page.body().contains("name=\"kind\" value=\"newInitiative\""), "a new-initiative form");
        assertFalse(page.body().contains("name=\"target\""));
    }

    /**
     * What a screen reader user needs first, checked on the live page: a label for every visible control of the
     * form, a legend for every fieldset, and ids that are unique on the whole page (labels and error links use them).
     */
    @SuppressWarnings("unchecked")
    private static List<String> unlabelledControlsAndDuplicateIds(Browser browser) {
        return (List<String>) browser.js().executeScript(
                "const problems = [];"
                + "const form = document.querySelector('#" + FORM_ID + " form');"
                + "for (const c of form.querySelectorAll('input:not([type=hidden]), select, textarea')) {"
                + "  if (c.closest('[hidden], .swk-form__trap, template')) continue;"
                + "  const labelled = (c.id && document.querySelector('label[for=\"' + c.id + '\"]'))"
                + "      || c.closest('label') || c.getAttribute('aria-label');"
                + "  if (!labelled) problems.push('no label: ' + (c.name || c.id));"
                + "}"
                + "for (const f of form.querySelectorAll('fieldset')) {"
                + "  const legend = f.querySelector(':scope > legend');"
                + "  if (!legend || !legend.textContent.trim()) problems.push('no legend: ' + f.id);"
                + "}"
                + "const seen = new Set();"
                + "for (const e of document.querySelectorAll('[id]')) {"
                + "  if (seen.has(e.id)) problems.push('duplicate id: ' + e.id); seen.add(e.id);"
                + "}"
                + "return problems;");
    }

    /** Only an administrator (or a researcher) reads a submission; anonymous visitors by no rendering. */
    private void assertPrivate(String reference, String email) {
        String node = SUBMISSIONS + "/" + reference;
        assertEquals(200, admin.get(node + ".json").statusCode());
        for (String path : List.of(node + ".json", node + ".infinity.json", node + ".html", SUBMISSIONS + ".1.json")) {
            HttpResponse<String> response = anonymous.get(path);
            assertFalse(response.statusCode() >= 200 && response.statusCode() < 300,
                    "anonymous GET " + path + " answered " + response.statusCode());
            assertFalse(response.body().contains(email), "anonymous GET " + path + " leaked the e-mail address");
        }
    }

    private Browser track(Browser browser) {
        browsers.add(browser);
        return browser;
    }

    private static WebElement form(WebDriver driver) {
        return driver.findElement(By.cssSelector("#" + FORM_ID + " form[data-swk-form]"));
    }

    private static WebElement input(WebDriver driver, String name) {
        return form(driver).findElement(By.name(name));
    }

    private static String hidden(WebDriver driver, String name) {
        return input(driver, name).getAttribute("value");
    }

    private static void type(WebDriver driver, String name, String value) {
        WebElement input = input(driver, name);
        input.clear();
        input.sendKeys(value);
    }

    private static void submit(WebDriver driver) {
        form(driver).findElement(By.cssSelector("button[type=submit]")).click();
    }

    private static WebDriverWait waiting(Browser browser) {
        return browser.waitUpTo(Duration.ofSeconds(30));
    }
}
