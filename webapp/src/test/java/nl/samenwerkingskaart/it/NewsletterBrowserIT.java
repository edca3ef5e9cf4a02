package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import nl.samenwerkingskaart.it.TestMailbox.Mail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 5 as a visitor lives it, in headless Chromium: subscribes on the demo home page, finds the mail, opens its
 * link, presses the button and sees the confirmation; a mistake first shows at its field, the typed name kept.
 */
@ExtendWith(CmsServer.class)
class NewsletterBrowserIT {

    private Cms cms;
    private TestMailbox mailbox;
    private final List<Browser> browsers = new ArrayList<>();
    private String testName;

    @BeforeEach
    void setUp(Cms cms, TestMailbox mailbox, TestInfo info) {
        this.cms = cms;
        this.mailbox = mailbox;
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
    void aVisitorSubscribesConfirmsThroughTheMailAndSeesTheConfirmation() {
        Browser browser = Browser.startInDutch();
        browsers.add(browser);
        WebDriver driver = browser.driver();
        String id = NewsletterIT.formId();
        driver.get(cms.url(NewsletterIT.HOME).toString());

        String address = TestMailbox.newAddress("bezoeker");
        driver.findElement(By.id(id + "-email")).sendKeys("geen adres");
        driver.findElement(By.id(id + "-name")).sendKeys("Bezoeker Een");
        browser.click(By.cssSelector("#" + id + " button[type=submit]"));

        WebElement email = browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + id + "-email[aria-invalid=true]")));
        assertEquals(id + "-email-error", email.getAttribute("aria-describedby"));
        assertTrue(driver.findElement(By.id(id + "-email-error")).getText().contains("geldig e-mailadres"));
        assertEquals("Bezoeker Een", driver.findElement(By.id(id + "-name")).getAttribute("value"), "kept");
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> "true".equals(String.valueOf(browser.js().executeScript(
                "return document.activeElement.hasAttribute('data-swk-newsletter-errors');"))));

        email.clear();
        email.sendKeys(address);
        browser.click(By.cssSelector("#" + id + " button[type=submit]"));
        WebElement sent = browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-swk-newsletter-sent]")));
        assertTrue(driver.getCurrentUrl().contains("swk-newsletter=sent"), driver.getCurrentUrl());
        assertTrue(sent.getText().contains("we hebben u een e-mail gestuurd"), sent.getText());
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> "true".equals(String.valueOf(browser.js().executeScript(
                "return document.activeElement.hasAttribute('data-swk-newsletter-sent');"))));

        Mail mail = mailbox.awaitMailsTo(address, 1, Duration.ofSeconds(60)).get(0);
        driver.get(NewsletterIT.link(mail, "confirm"));
        assertEquals("nl", driver.findElement(By.tagName("html")).getAttribute("lang"));
        browser.click(By.cssSelector("[data-swk-newsletter-confirm]"));
        WebElement heading = browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions
                .presenceOfElementLocated(By.cssSelector("[data-swk-newsletter-page=confirmed] h1")));
        assertEquals("Uw aanmelding is bevestigd", heading.getText());
        assertEquals("Welkom bij de nieuwsbrief",
                mailbox.awaitMailsTo(address, 2, Duration.ofSeconds(60)).get(1).subject());
    }
}
