package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import nl.samenwerkingskaart.it.Researchers.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A researcher moderates in headless Chromium: finds a visitor's correction in the queue through the CMS's
 * navigation, takes over one of its two proposed fields, and approves a new initiative after editing it; each
 * decision is checked where the public sees it.
 */
@ExtendWith(CmsServer.class)
class ModerationBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String QUEUE = "/cms/samenwerking/submissions.html";

    private Cms cms;
    private Http admin;
    private Http anonymous;
    private Researchers researchers;
    private PublicSubmissions visitor;
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
        visitor = new PublicSubmissions(anonymous);
        browser = Browser.start();
        driver = browser.driver();
        wait = browser.waitUpTo(WAIT);
        testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    @AfterEach
    void tearDown() {
        browser.screenshot(getClass().getSimpleName() + "-" + testName);
        browser.close();
        researchers.deleteCreatedUsers();
    }

    @Test
    void takesOverOneFieldOfACorrectionAndApprovesAnEditedNewInitiative() throws Exception {
        String uid = UUID.randomUUID().toString().substring(0, 8);
        String id = new TestData(admin).create(TestData.uniqueId("moderatie"), "Moderatiepact " + uid, true);
        String correction = visitor.submit(PublicSubmissions.correction(id, Map.of(
                "goal", "Nieuw doel " + uid, "website", "https://niet-overnemen.example")));
        String proposedName = "Voorgesteld pact " + uid;
        String fresh = visitor.submit(PublicSubmissions.newInitiative(proposedName));
        User researcher = researchers.newResearcher();

        CmsLogin.logIn(browser, cms.base(), researcher.name(), researcher.password());
        By link = By.xpath("//a[@href='" + QUEUE + "' and normalize-space()='Submissions']");
        WebElement nav = wait.until(ExpectedConditions.presenceOfElementLocated(link));
        if (!nav.isDisplayed()) {
            nav.findElement(By.xpath("ancestor::nav[1]")).findElement(By.cssSelector(".menu-label")).click();
            wait.until(ExpectedConditions.visibilityOf(nav));
        }
        nav.click();
        wait.until(ExpectedConditions.urlContains(QUEUE));

        // The queue lists both; filtering on corrections leaves the correction only.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-reference='" + fresh + "']")));
        new Select(driver.findElement(By.id("swk-m-kind"))).selectByValue("correction");
        driver.findElement(By.cssSelector(".swk-console__filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("kind=correction"));
        assertTrue(driver.findElements(By.cssSelector("tr[data-reference='" + fresh + "']")).isEmpty());
        browser.click(By.cssSelector("tr[data-reference='" + correction + "'] a"));

        // The comparison shows both proposed fields; the researcher takes over the goal only.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".swk-moderation__comparison")));
        List<String> fields = driver.findElements(By.cssSelector(".swk-moderation__comparison tbody tr")).stream()
                .map(row -> row.getAttribute("data-field")).toList();
        assertEquals(List.of("goal", "website"), fields);
        WebElement website = driver.findElement(By.id("swk-m-accept-website"));
        assertTrue(website.isSelected(), "proposed fields are ticked to start with");
        browser.click(By.cssSelector("label[for='swk-m-accept-website']"));
        assertFalse(website.isSelected(), "the label toggles its checkbox");
        browser.click(By.id("swk-m-approve-button"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("swk-m-notice")));
        assertTrue(driver.getCurrentUrl().endsWith("notice=approve"));
        String detail = Eventually.until(() -> anonymous.get(TestPaths.DETAIL + id).body(),
                body -> body.contains("Nieuw doel " + uid), "the accepted goal in the public detail");
        assertFalse(detail.contains("niet-overnemen"), detail);

        // The new initiative: edit the proposal, then approve it from the initiative form.
        driver.get(cms.url("/cms/samenwerking/submission.html" + PublicSubmissions.DATA_ROOT + "/" + fresh).toString());
        browser.click(By.id("swk-m-edit"));
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("name")));
        assertEquals(proposedName, name.getAttribute("value"), "the form starts from the proposal");
        name.clear();
        name.sendKeys("Bewerkt pact " + uid);
        browser.click(By.id("swk-form-approve"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("swk-m-notice")));
        assertTrue(driver.getCurrentUrl().contains(fresh));
        String map = Eventually.until(() -> anonymous.get(TestPaths.MAP_DATA).body(),
                body -> body.contains("Bewerkt pact " + uid), "the edited version on the public map");
        assertFalse(map.contains(proposedName));
        assertTrue(driver.findElement(By.id("swk-m-initiative")).getAttribute("href")
                .contains("/cms/samenwerking/initiative.html/var/samenwerkingskaart/initiatives/"),
                "the decided page links the initiative");
    }
}
