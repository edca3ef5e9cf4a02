package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import nl.samenwerkingskaart.it.TestMailbox.Mail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * "Nog actueel?" in headless Chromium: a researcher opens the list and sends a request to the contact with the row's
 * form; the contact opens the mailed link, presses the button and sees the thanks; the used link then shows its
 * message. axe-core finds no serious or critical violation on the list, the question, the thanks and that message.
 */
@ExtendWith(CmsServer.class)
class StillCurrentBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private Cms cms;
    private TestMailbox mailbox;
    private Researchers users;
    private Http admin;
    private Browser browser;

    @BeforeEach
    void setUp(Cms cms, TestMailbox mailbox) {
        this.cms = cms;
        this.mailbox = mailbox;
        admin = Http.admin(cms.base());
        users = new Researchers(admin);
        browser = Browser.startInDutch();
    }

    @AfterEach
    void tearDown() {
        browser.screenshot(getClass().getSimpleName());
        browser.close();
        users.deleteCreatedUsers();
    }

    @Test
    void aResearcherRequestsAndTheContactConfirmsInTheBrowser() {
        String id = new TestData(admin).create(TestData.uniqueId("browser"), "Nog actueel in de browser", true);
        HttpResponse<String> aged = admin.post(TestPaths.DATA_ROOT + "/" + id, Map.of("lastVerified", "2021-03-03"));
        assertTrue(aged.statusCode() < 300, aged.body());
        Researchers.User researcher = users.newResearcher();
        WebDriver driver = browser.driver();

        CmsLogin.logIn(browser, cms.base(), researcher.name(), researcher.password());
        driver.get(cms.url(StillCurrentIT.PAGE).toString());
        By row = By.cssSelector("[data-swk-id='" + id + "']");
        browser.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(row));
        Axe.assertNoSeriousViolations(browser, "the Nog actueel? list");

        String address = TestMailbox.newAddress("browsercontact");
        browser.click(By.cssSelector("[data-swk-id='" + id + "'] details summary"));
        var email = driver.findElement(row).findElement(By.cssSelector("input[name='email']"));
        email.clear();
        email.sendKeys(address);
        browser.click(By.cssSelector("[data-swk-id='" + id + "'] details form button[type=submit]"));
        browser.waitUpTo(WAIT).until(ExpectedConditions.urlContains("notice=requested"));
        Mail mail = mailbox.awaitMailsTo(address, 1, Duration.ofSeconds(60)).get(0);
        String link = StillCurrentIT.confirmPath(mail);

        driver.manage().deleteAllCookies();
        driver.get(cms.url(link).toString());
        browser.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form button")));
        assertTrue(driver.findElement(By.tagName("body")).getText().contains("Nog actueel in de browser"));
        Axe.assertNoSeriousViolations(browser, "the contact's question");
        browser.click(By.cssSelector("form button[type=submit]"));
        browser.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-swk-confirmed]")));
        Axe.assertNoSeriousViolations(browser, "the contact's thanks");
        JsonNode stored = admin.getJson(TestPaths.DATA_ROOT + "/" + id + ".json");
        assertEquals(LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString(), stored.path("lastVerified").asText());
        assertEquals("contact", stored.path("verifiedBy").asText());

        driver.get(cms.url(link).toString());
        browser.waitUpTo(WAIT).until(d -> d.findElement(By.tagName("body")).getText().contains("Deze link werkt niet"));
        Axe.assertNoSeriousViolations(browser, "a used link's message");
        assertEquals(List.of(), browser.severeConsoleMessages().stream()
                .filter(m -> !m.contains("404")).toList(), "no script errors");
    }
}
