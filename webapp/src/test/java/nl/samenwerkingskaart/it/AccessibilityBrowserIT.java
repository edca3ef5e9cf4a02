package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The product's pages checked by axe-core against WCAG 2.1 A and AA (see {@link Axe}): the demo site's pages, the map
 * with a detail open, the submission form with its messages, and the researchers' console. No serious or critical
 * violation may remain. And the keyboard walkthroughs: the map's result list and the submission form with the keyboard
 * alone, the focus visible on every element it reaches.
 */
@ExtendWith(CmsServer.class)
class AccessibilityBrowserIT {

    private static final String FORM = "#" + SubmissionFormBrowserIT.FORM_ID;
    private static final Pattern REFERENCE = Pattern.compile("swk-ref=(SW-\\d{4}-[0-9A-Z]{6})");

    private Cms cms;
    private Http admin;
    private Researchers researchers;
    private final List<String> initiatives = new ArrayList<>();
    private Browser browser;
    private WebDriver driver;
    private String testName;

    @BeforeEach
    void setUp(Cms cms, TestInfo info) {
        this.cms = cms;
        admin = Http.admin(cms.base());
        researchers = new Researchers(admin);
        browser = Browser.start();
        driver = browser.driver();
        testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    @AfterEach
    void tearDown() {
        browser.screenshot(getClass().getSimpleName() + "-" + testName);
        browser.close();
        researchers.deleteCreatedUsers();
        for (String id : initiatives) {
            admin.post(TestPaths.DATA_ROOT + "/" + id, Map.of(":operation", "delete"));
        }
    }

    /** The check itself: a page with known faults fails it, naming the rules, and an exclusion leaves one out. */
    @Test
    void axeFindsKnownFaults() {
        driver.get(cms.url(TestPaths.SITE + "/privacy.html").toString());
        browser.js().executeScript("const main = document.querySelector('main');"
                + "main.insertAdjacentHTML('beforeend', '<img id=swk-axe-probe src=/favicon.ico>'"
                + "  + '<p id=swk-axe-grey style=\"color:#bbb;background:#fff\">Nauwelijks leesbaar</p>');");
        AssertionError error = assertThrows(AssertionError.class,
                () -> Axe.assertNoSeriousViolations(browser, "a page with known faults"));
        assertTrue(error.getMessage().contains("image-alt (critical)"), error.getMessage());
        assertTrue(error.getMessage().contains("#swk-axe-probe"), error.getMessage());
        assertTrue(error.getMessage().contains("color-contrast (serious)"), error.getMessage());
        Axe.assertNoSeriousViolations(browser, "the same page, both faults left out", Map.of(
                "#swk-axe-probe", "the probe image of this test", "#swk-axe-grey", "the probe text of this test"));
    }

    @Test
    void theDemoSitesPages() {
        for (String page : new String[] {"index", "artikelen/index", "artikelen/van-projecten-naar-netwerken",
                "publicaties", "privacy", "/content/samenwerkingskaart/cooperation-map/index",
                "/content/samenwerkingskaart/cooperation-map/map"}) {
            driver.get(cms.url((page.startsWith("/") ? page : TestPaths.SITE + "/" + page) + ".html").toString());
            wait(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
            Axe.assertNoSeriousViolations(browser, "the demo site's page " + page);
        }
    }

    @Test
    void theMapPageWithItsListAndADetail() {
        MapPage map = new MapPage(browser).open(cms.url(TestPaths.MAP_PAGE));
        assertTrue(map.listButtons().size() > 0, "the list shows the initiatives");
        Axe.assertNoSeriousViolations(browser, "the map page");

        WebElement first = map.listButtons().get(0);
        String id = first.getAttribute("data-swk-id");
        browser.click(By.cssSelector(".swk-map__item-button[data-swk-id='" + id + "']"));
        map.awaitDetail(id);
        Axe.assertNoSeriousViolations(browser, "the map page with a detail open");
    }

    /** Region pages (issue 5): the overview, a region with its map, and the national map's view per region. */
    @Test
    void theRegionPagesAndTheViewPerRegion() {
        driver.get(cms.url(TestPaths.SITE + "/regios/index.html").toString());
        wait(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-swk-region-overview]")));
        Axe.assertNoSeriousViolations(browser, "the overview of the region pages");

        driver.get(cms.url(TestPaths.SITE + "/regios/index.html/twente").toString());
        new MapPage(browser).awaitReady();
        Axe.assertNoSeriousViolations(browser, "the region page of Twente with its map");

        MapPage map = new MapPage(browser).open(cms.url(TestPaths.MAP_PAGE));
        browser.click(By.cssSelector("input[value=regions].swk-map__view-radio"));
        map.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-swk-map-legend]")));
        browser.click(By.cssSelector("[data-swk-region-table] summary"));
        Axe.assertNoSeriousViolations(browser, "the map per region with its legend and the table of counts");
    }

    @Test
    void theSubmissionFormWithItsMessages() {
        new MapPage(browser).open(cms.url(TestPaths.MAP_PAGE));
        WebElement form = initialisedForm();

        // Sent empty: the script's checks show the summary and mark the fields, nothing is posted.
        browser.click(By.cssSelector(FORM + " button[type=submit]"));
        WebElement summary = driver.findElement(By.cssSelector(FORM + " [data-swk-summary]"));
        wait(Duration.ofSeconds(10)).until(d -> summary.isDisplayed());
        Axe.assertNoSeriousViolations(browser, "the submission form with the script's messages");

        // The same empty form posted past the script (as without JavaScript): the server's messages.
        browser.js().executeScript("HTMLFormElement.prototype.submit.call(arguments[0])", form);
        wait(Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(form));
        WebElement served = wait(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(FORM + " [data-swk-summary] [data-swk-summary-list] li")));
        assertTrue(served.isDisplayed());
        initialisedForm();
        Axe.assertNoSeriousViolations(browser, "the submission form with the server's messages");

        // A correction of a published initiative: the form with the choice of kind.
        String id = Http.anonymous(cms.base()).getJson(TestPaths.MAP_DATA).at("/features/0/id").asText();
        driver.get(cms.url(TestPaths.MAP_PAGE + "?kind=correction&target=" + id + FORM).toString());
        initialisedForm();
        assertEquals(1, driver.findElements(By.id(SubmissionFormBrowserIT.FORM_ID + "-kind-correction")).size());
        Axe.assertNoSeriousViolations(browser, "the correction form");
    }

    @Test
    void theResearchersConsole() {
        PublicSubmissions visitor = new PublicSubmissions(Http.anonymous(cms.base()));
        String uid = UUID.randomUUID().toString().substring(0, 8);
        String target = new TestData(admin).create(TestData.uniqueId("toegankelijk"), "Toegankelijk pact " + uid, true);
        // An unpublished one too: its row shows the other state and the publish button.
        String draft = new TestData(admin).create(TestData.uniqueId("toegankelijk"), "Toegankelijk concept " + uid, false);
        initiatives.addAll(List.of(target, draft));
        String correction = visitor.submit(PublicSubmissions.correction(target, Map.of("goal", "Nieuw doel " + uid)));
        String fresh = visitor.submit(PublicSubmissions.newInitiative("Voorgesteld pact " + uid));
        User researcher = researchers.newResearcher();
        CmsLogin.logIn(browser, cms.base(), researcher.name(), researcher.password());

        console("/cms/samenwerking/submissions.html", "tr[data-reference='" + fresh + "']");
        Axe.assertNoSeriousViolations(browser, "the moderation queue");
        console("/cms/samenwerking/submission.html" + PublicSubmissions.DATA_ROOT + "/" + correction,
                ".swk-moderation__comparison");
        Axe.assertNoSeriousViolations(browser, "a correction in moderation");
        console("/cms/samenwerking/submission.html" + PublicSubmissions.DATA_ROOT + "/" + fresh, "#swk-m-edit");
        Axe.assertNoSeriousViolations(browser, "a new initiative in moderation");
        console(Researchers.LIST_PAGE, ".swk-console table");
        Axe.assertNoSeriousViolations(browser, "the initiatives list");
        console(Researchers.LIST_PAGE + "?notice=created&q=" + uid, ".swk-console .notification");
        assertEquals(2, driver.findElements(By.cssSelector(".swk-console__table tbody tr")).size(),
                "both initiatives of this test, published and not");
        Axe.assertNoSeriousViolations(browser, "the initiatives list with a notice, published and unpublished");
        console("/cms/samenwerking/submission.html" + PublicSubmissions.DATA_ROOT + "/" + fresh, "#swk-m-edit");
        driver.get(driver.findElement(By.id("swk-m-edit")).getAttribute("href"));
        wait(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("swk-form-approve")));
        Axe.assertNoSeriousViolations(browser, "the initiative form to edit and approve a submission");
        console(Researchers.FORM_PAGE, "#name");
        browser.click(By.cssSelector("form[action$='/console/initiatives'] button[type=submit].is-primary"));
        wait(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-swk-summary]")));
        Axe.assertNoSeriousViolations(browser, "the initiative form with its messages");
    }

    /**
     * With the keyboard alone, from the top of the page: Tab reaches the result list, the arrow keys move through it,
     * Enter opens a detail and puts the focus on its heading, the close button (Enter) and Escape close it and give
     * the focus back to the result it came from; then "Suggest a correction" leads to the form, where the visitor
     * chooses the kind with the arrow keys, changes the goal, ticks the consent with Space and sends it.
     */
    /**
     * The portrait pages: the list (plain and filtered), a portrait with its region map, the draft as a regional
     * contact sees it through a review link (banner and feedback fields, then with a message at a field), and the
     * portrait editors' console.
     */
    @Test
    void thePortraitPagesTheReviewPageAndThePortraitConsole() {
        console(TestPaths.PORTRAIT_LIST, ".swk-portrait-list, main");
        Axe.assertNoSeriousViolations(browser, "the portrait list");
        console(TestPaths.PORTRAIT_LIST + "?region=AM05", "main");
        Axe.assertNoSeriousViolations(browser, "the portrait list, filtered");
        console(TestPaths.PORTRAITS + "/twente.html", "[data-swk-map]");
        wait(Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector(".leaflet-marker-icon")).isEmpty());
        Axe.assertNoSeriousViolations(browser, "a portrait with its region map");

        PortraitFixtures portraits = new PortraitFixtures(admin);
        String portrait = portraits.draftPortrait("Toegankelijk concept (test)", "AM20",
                portraits.uploadPdf("toegankelijk-" + System.nanoTime() + ".pdf", PortraitFixtures.pdf("T")));
        User editor = portraits.newPortraitEditor(researchers);
        Http editorHttp = editor.http(cms.base());
        String console = editorHttp.get(PortraitFixtures.CONSOLE_PAGE + portrait).body();
        String address = TestMailbox.newAddress("toegankelijk");
        var invited = editorHttp.post(PortraitFixtures.CONSOLE_ACTIONS, List.of(
                Map.entry(":swk-csrf", String.valueOf(Researchers.csrfToken(console))), Map.entry("portrait", portrait),
                Map.entry("action", "invite"), Map.entry("name", "Toegankelijk Contact"), Map.entry("email", address)));
        assertEquals(303, invited.statusCode(), invited.body());
        String link = PortraitFixtures.reviewPath(cms.mailbox().awaitMailsTo(address, 1, Duration.ofSeconds(60))
                .get(0).body());

        console(link, "#swk-review-form");
        Axe.assertNoSeriousViolations(browser, "a draft portrait through its review link");
        driver.findElement(By.cssSelector("#swk-review-form button[type=submit]")).click();
        wait(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("swk-review-errors")));
        Axe.assertNoSeriousViolations(browser, "the review page with a message");

        CmsLogin.logIn(browser, cms.base(), editor.name(), editor.password());
        console(PortraitFixtures.CONSOLE_PAGE.replace("portrait.html", "portraits.html"), "table");
        Axe.assertNoSeriousViolations(browser, "the portrait editors' list");
        console(PortraitFixtures.CONSOLE_PAGE + portrait, "[data-invitation]");
        Axe.assertNoSeriousViolations(browser, "a portrait's review round in the console");
    }

    @Test
    void theMapsResultListAndACorrectionWithTheKeyboardAlone() {
        MapPage map = new MapPage(browser).open(cms.url(TestPaths.MAP_PAGE));
        Keyboard keys = new Keyboard(browser);
        List<WebElement> buttons = map.listButtons();
        assertTrue(buttons.size() >= 2);

        WebElement first = keys.tabUntil(e -> hasClass(e, "swk-map__item-button"), 80, "the result list");
        assertEquals(buttons.get(0).getAttribute("data-swk-id"), first.getAttribute("data-swk-id"),
                "Tab reaches the first result");
        WebElement second = keys.press(Keys.ARROW_DOWN);
        String id = buttons.get(1).getAttribute("data-swk-id");
        assertEquals(id, second.getAttribute("data-swk-id"), "arrow down moves to the next result");

        keys.press(Keys.ENTER);
        map.awaitDetail(id);
        assertTrue(hasClass(keys.focused(), "swk-map__detail-title"), "the detail's heading has the focus: "
                + keys.describe(keys.focused()));
        keys.assertFocusVisible(keys.focused());
        WebElement close = keys.press(Keys.TAB);
        assertTrue(hasClass(close, "swk-map__close"), "Tab goes on to the close button: " + keys.describe(close));
        WebElement back = keys.press(Keys.ENTER);
        map.waiting().until(d -> !map.detail().isDisplayed());
        assertEquals(id, back.getAttribute("data-swk-id"), "closing gives the focus back to the result");

        keys.press(Keys.SPACE);
        map.awaitDetail(id);
        back = keys.press(Keys.ESCAPE);
        map.waiting().until(d -> !map.detail().isDisplayed());
        assertEquals(id, back.getAttribute("data-swk-id"), "Escape closes and gives the focus back to the result");

        keys.press(Keys.ENTER);
        map.awaitDetail(id);
        keys.tabUntil(e -> id.equals(e.getAttribute("data-swk-correction")), 20, "Suggest a correction");
        keys.press(Keys.ENTER);
        map.waiting().until(d -> d.getCurrentUrl().contains("target=" + id));
        initialisedForm();

        // The URL ends in #melden: Tab goes on from the form's start.
        WebElement kind = keys.tabToField("kind", 10);
        assertEquals(SubmissionFormBrowserIT.FORM_ID + "-kind-correction", kind.getAttribute("id"));
        assertTrue(kind.isSelected(), "a correction is chosen to start with");
        WebElement ended = keys.press(Keys.ARROW_DOWN);
        assertEquals(SubmissionFormBrowserIT.FORM_ID + "-kind-ended", ended.getAttribute("id"));
        assertTrue(ended.isSelected(), "the arrow key chooses the other kind");
        assertTrue(keys.press(Keys.ARROW_UP).isSelected(), "and back");
        assertEquals(SubmissionFormBrowserIT.FORM_ID + "-kind-correction", keys.focused().getAttribute("id"));

        String goal = "Doel met het toetsenbord " + UUID.randomUUID().toString().substring(0, 8);
        keys.tabToField("goal", 10);
        keys.press(Keys.chord(Keys.CONTROL, "a"));
        keys.type(goal);
        sendTheRestOfTheForm(keys, "Kees Toetsenbord", "kees@example.nl");
        String stored = admin.getJson(PublicSubmissions.DATA_ROOT + "/" + reference() + ".infinity.json")
                .at("/proposed/goal").asText();
        assertEquals(goal, stored, "the goal typed with the keyboard was sent");
    }

    /** A new initiative with the keyboard alone: the required fields, a party's kind, the consent, Enter to send. */
    @Test
    void aNewInitiativeWithTheKeyboardAlone() {
        driver.get(cms.url(TestPaths.MAP_PAGE + FORM).toString());
        initialisedForm();
        Keyboard keys = new Keyboard(browser);
        String name = "Toetsenbordpact " + UUID.randomUUID().toString().substring(0, 8);

        // The URL ends in #melden: Tab goes on from the form's start.
        keys.tabToField("name", 10);
        keys.type(name);
        keys.press(Keys.TAB);
        assertEquals("goal", keys.focused().getAttribute("name"));
        keys.type("Samen leren in de praktijk.");
        keys.tabToField("parties[0].name", 80);
        keys.type("Toetsenbordcollege");
        WebElement kind = keys.press(Keys.TAB);
        assertEquals("parties[0].kind", kind.getAttribute("name"));
        keys.press(Keys.ARROW_DOWN);
        assertFalse(kind.getAttribute("value").isEmpty(), "the arrow key chooses a kind of organisation");
        keys.tabToField("locations[0].town", 10);
        keys.type("Zwolle");
        keys.tabToField("locations[0].latitude", 10);
        keys.type("52.5168");
        keys.press(Keys.TAB);
        keys.type("6.0830");
        sendTheRestOfTheForm(keys, "Toos Toetsenbord", "toos@example.nl");
        String stored = admin.getJson(PublicSubmissions.DATA_ROOT + "/" + reference() + ".infinity.json")
                .at("/proposed/name").asText();
        assertEquals(name, stored, "the initiative typed with the keyboard was sent");
    }

    /** From wherever the focus is in the form: the submitter, the consent (Space), Send (Enter), the confirmation. */
    private void sendTheRestOfTheForm(Keyboard keys, String submitter, String email) {
        keys.tabToField("submitterName", 150);
        keys.type(submitter);
        keys.press(Keys.TAB);
        assertEquals("submitterEmail", keys.focused().getAttribute("name"));
        keys.type(email);
        WebElement consent = keys.tabToField("consent", 10);
        assertFalse(consent.isSelected());
        keys.press(Keys.SPACE);
        assertTrue(consent.isSelected(), "Space ticks the consent");
        keys.tabUntil(e -> "submit".equals(e.getAttribute("type")), 10, "the send button");
        keys.press(Keys.ENTER);

        wait(Duration.ofSeconds(30)).until(d -> REFERENCE.matcher(d.getCurrentUrl()).find());
        WebElement confirmation = wait(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(FORM + " [data-swk-confirmation]")));
        assertTrue(confirmation.getText().contains(reference()), confirmation.getText());
        wait(Duration.ofSeconds(10)).withMessage(() -> "the confirmation should have the focus, not "
                + keys.describe(keys.focused()) + " (document has focus: "
                + browser.js().executeScript("return document.hasFocus()") + ")")
                .until(d -> confirmation.equals(keys.focused()));
        keys.assertFocusVisible(confirmation);
        Axe.assertNoSeriousViolations(browser, "the submission form's confirmation");
    }

    private String reference() {
        Matcher matcher = REFERENCE.matcher(driver.getCurrentUrl());
        assertTrue(matcher.find(), driver.getCurrentUrl());
        return matcher.group(1);
    }

    private static boolean hasClass(WebElement element, String cls) {
        return (" " + element.getAttribute("class") + " ").contains(" " + cls + " ");
    }

    private void console(String path, String shown) {
        driver.get(cms.url(path).toString());
        wait(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(shown)));
    }

    private WebElement initialisedForm() {
        return wait(Duration.ofSeconds(30)).until(d -> {
            WebElement f = d.findElement(By.cssSelector(FORM + " form[data-swk-form]"));
            return "true".equals(f.getAttribute("data-swk-initialised")) ? f : null;
        });
    }

    // --- the newsletter signup (issue 5): the form empty and with an error, and the pages behind the mailed link

    @Test
    void theNewsletterFormEmptyWithAnErrorAndItsConfirmPage(TestMailbox mailbox) {
        String id = NewsletterIT.formId();
        driver.get(cms.url(NewsletterIT.HOME).toString());
        WebElement email = wait(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.id(id + "-email")));
        Axe.assertNoSeriousViolations(browser, "the newsletter form");

        browser.click(By.cssSelector("#" + id + " button[type=submit]"));
        wait(Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(email));
        wait(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + id + " [data-swk-newsletter-errors]")));
        Axe.assertNoSeriousViolations(browser, "the newsletter form with an error");

        String address = TestMailbox.newAddress("toegankelijk");
        driver.findElement(By.id(id + "-email")).sendKeys(address);
        browser.click(By.cssSelector("#" + id + " button[type=submit]"));
        wait(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-swk-newsletter-sent]")));
        Axe.assertNoSeriousViolations(browser, "the newsletter form after signing up");

        driver.get(NewsletterIT.link(mailbox.awaitMailsTo(address, 1, Duration.ofSeconds(60)).get(0), "confirm"));
        Axe.assertNoSeriousViolations(browser, "the newsletter's confirm page");
        browser.click(By.cssSelector("[data-swk-newsletter-confirm]"));
        wait(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-swk-newsletter-page=confirmed]")));
        Axe.assertNoSeriousViolations(browser, "the newsletter's confirmation");
    }

    private WebDriverWait wait(Duration duration) {
        return browser.waitUpTo(duration);
    }
}
