package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import nl.samenwerkingskaart.it.Researchers.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A researcher imports a CSV file in headless Chromium: logs in, opens Manage → Import from the navigation, uploads
 * a file whose headers are not ours, corrects the suggested column mapping, reads the dry run, imports while the
 * progress bar runs, and finds the imported initiative in Manage → Initiatives.
 */
@ExtendWith(CmsServer.class)
class CsvImportBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private Cms cms;
    private Researchers researchers;
    private Browser browser;
    private WebDriver driver;
    private WebDriverWait wait;
    private Path file;

    @BeforeEach
    void setUp(Cms cms) {
        this.cms = cms;
        researchers = new Researchers(Http.admin(cms.base()));
        browser = Browser.start();
        driver = browser.driver();
        wait = browser.waitUpTo(WAIT);
    }

    @AfterEach
    void tearDown() throws IOException {
        browser.screenshot(getClass().getSimpleName());
        browser.close();
        researchers.deleteCreatedUsers();
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void uploadsMapsChecksImportsAndFindsTheInitiative() throws IOException {
        User researcher = researchers.newResearcher();
        String uid = UUID.randomUUID().toString().substring(0, 8);
        String name = "Browserimport " + uid;
        file = Files.createTempFile("swk-import-", ".csv");
        Files.writeString(file, "Titel;Doelstelling;Stad;Lat;Oost;Partners;Kolom die niet bestaat\n"
                + name + ";Samen leren in de haven.;Rotterdam;51,9225;4,4792;Albeda | mbo | Rotterdam;x\n"
                + "Kapotte regel " + uid + ";;Rotterdam;91;4,47;;x\n", StandardCharsets.UTF_8);

        CmsLogin.logIn(browser, cms.base(), researcher.name(), researcher.password());
        By importLink = By.xpath("//a[@href='" + CsvImportIT.PAGE + "']");
        WebElement nav = wait.until(ExpectedConditions.presenceOfElementLocated(importLink));
        if (!nav.isDisplayed()) {
            nav.findElement(By.xpath("ancestor::nav[1]")).findElement(By.cssSelector(".menu-label")).click();
            wait.until(ExpectedConditions.visibilityOf(nav));
        }
        nav.click();
        wait.until(ExpectedConditions.urlContains(CsvImportIT.PAGE));

        // Upload.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("swk-import-file")))
                .sendKeys(file.toAbsolutePath().toString());
        browser.click(By.cssSelector(".swk-import form button[type=submit]"));

        // Mapping: the Dutch headers are recognised; "Oost" (the longitude) is mapped by hand.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("swk-import-col-0")));
        assertEquals("name", select(0).getFirstSelectedOption().getAttribute("value"));
        assertEquals("town", select(2).getFirstSelectedOption().getAttribute("value"));
        assertEquals("latitude", select(3).getFirstSelectedOption().getAttribute("value"));
        assertEquals("goal", select(1).getFirstSelectedOption().getAttribute("value"));
        assertEquals("parties", select(5).getFirstSelectedOption().getAttribute("value"));
        assertEquals("", select(4).getFirstSelectedOption().getAttribute("value"), "\"Oost\" is not recognised");
        assertEquals("", select(6).getFirstSelectedOption().getAttribute("value"), "an unknown header is ignored");
        select(4).selectByValue("longitude");
        browser.click(By.cssSelector("form[aria-labelledby='swk-import-mapping-title'] button[type=submit]"));

        // Dry run: one new, one refused with its reasons.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swk-import__report")));
        List<WebElement> rows = driver.findElements(By.cssSelector(".swk-import__report tbody tr"));
        assertEquals(2, rows.size());
        assertEquals("create", rows.get(0).getAttribute("data-swk-outcome"));
        assertEquals("refused", rows.get(1).getAttribute("data-swk-outcome"));
        browser.js().executeScript("arguments[0].scrollIntoView({block: 'center'});", rows.get(1));
        String refused = rows.get(1).getDomProperty("textContent");
        assertTrue(refused.contains("Goal: ") && refused.contains("Parties: ")
                && refused.contains("Location 1, latitude: "), "every reason, each naming its field: " + refused);

        // Import: the progress page, driven by its script, ends with the outcome.
        browser.click(By.cssSelector("[data-swk-import-start]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-swk-import-progress]")));
        wait.until(d -> d.findElements(By.cssSelector("a[href='/cms/samenwerking/initiatives.html'].button"))
                .size() > 0);
        WebElement progress = driver.findElement(By.cssSelector("[data-swk-import-progress]"));
        assertEquals(progress.getAttribute("max"), progress.getAttribute("value"), "the bar is full");
        assertTrue(browser.severeConsoleMessages().isEmpty(), browser.severeConsoleMessages().toString());

        // The initiative is in the console's list.
        browser.click(By.cssSelector("a[href='/cms/samenwerking/initiatives.html'].button"));
        wait.until(ExpectedConditions.urlContains(Researchers.LIST_PAGE));
        driver.get(cms.url(Researchers.LIST_PAGE + "?q=" + uid).toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swk-console")));
        assertTrue(driver.getPageSource().contains(name), "the imported initiative is listed");
        assertTrue(!driver.getPageSource().contains("Kapotte regel " + uid), "the refused row is not");
    }

    private Select select(int column) {
        return new Select(driver.findElement(By.id("swk-import-col-" + column)));
    }
}
